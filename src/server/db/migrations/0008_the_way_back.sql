CREATE TABLE "candidate_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"body" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"alumnus_id" uuid,
	"full_name" text NOT NULL,
	"full_name_kana" text,
	"email" text,
	"email_key" text,
	"phone" text,
	"position_id" uuid,
	"stage_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_detail" text,
	"referrer_user_id" uuid,
	"owner_user_id" uuid,
	"rejection_reason" text,
	"rejection_note" text,
	"stage_entered_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"hired_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casual_talk_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"host_user_id" uuid NOT NULL,
	"position_id" uuid,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"format" text DEFAULT 'online' NOT NULL,
	"location" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "casual_talk_slots_ends_after_start" CHECK ("casual_talk_slots"."ends_at" > "casual_talk_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "casual_talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"alumnus_id" uuid NOT NULL,
	"slot_id" uuid,
	"host_user_id" uuid,
	"position_id" uuid,
	"note" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"starts_at" timestamp (3) with time zone,
	"ends_at" timestamp (3) with time zone,
	"format" text DEFAULT 'online' NOT NULL,
	"location" text,
	"host_note" text,
	"candidate_id" uuid,
	"cancelled_by" text,
	"cancel_reason" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "colleague_outreach" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"alumnus_id" uuid NOT NULL,
	"employee_user_id" uuid NOT NULL,
	"requested_by_user_id" uuid,
	"suggested_message" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"outcome" text,
	"outcome_note" text,
	"responded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"type" text NOT NULL,
	"subject_id" uuid,
	"actor_user_id" uuid,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"format" text DEFAULT 'online' NOT NULL,
	"location" text,
	"interviewer_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"feedback" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_ends_after_start" CHECK ("interviews"."ends_at" > "interviews"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "member_department_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"department" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	CONSTRAINT "member_department_history_order" CHECK ("member_department_history"."to_date" is null or "member_department_history"."to_date" >= "member_department_history"."from_date")
);
--> statement-breakpoint
CREATE TABLE "pipeline_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"department" text,
	"description_ja" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"grade_min" text,
	"grade_max" text,
	"location" text,
	"employment_type" text DEFAULT 'full_time' NOT NULL,
	"visibility" text DEFAULT 'alumni' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"hiring_manager_user_id" uuid,
	"created_by" uuid,
	"opened_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recruiting_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"referral_validity_days" integer DEFAULT 180 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"token" text NOT NULL,
	"open_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"referrer_user_id" uuid,
	"position_id" uuid,
	"kind" text NOT NULL,
	"alumnus_id" uuid,
	"link_id" uuid,
	"full_name" text NOT NULL,
	"email" text,
	"phone" text,
	"relationship" text,
	"reason" text,
	"person_aware" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"candidate_id" uuid,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_positions" (
	"tenant_id" uuid NOT NULL,
	"alumnus_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"saved_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_positions_alumnus_id_position_id_pk" PRIMARY KEY("alumnus_id","position_id")
);
--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "open_to_return" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "looking_for" text;--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "open_to_return_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "returned_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "candidate_activities" ADD CONSTRAINT "candidate_activities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_activities" ADD CONSTRAINT "candidate_activities_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_activities" ADD CONSTRAINT "candidate_activities_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_stage_id_pipeline_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."pipeline_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talk_slots" ADD CONSTRAINT "casual_talk_slots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talk_slots" ADD CONSTRAINT "casual_talk_slots_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talk_slots" ADD CONSTRAINT "casual_talk_slots_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_slot_id_casual_talk_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."casual_talk_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casual_talks" ADD CONSTRAINT "casual_talks_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "colleague_outreach" ADD CONSTRAINT "colleague_outreach_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "colleague_outreach" ADD CONSTRAINT "colleague_outreach_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "colleague_outreach" ADD CONSTRAINT "colleague_outreach_employee_user_id_users_id_fk" FOREIGN KEY ("employee_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "colleague_outreach" ADD CONSTRAINT "colleague_outreach_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_department_history" ADD CONSTRAINT "member_department_history_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_department_history" ADD CONSTRAINT "member_department_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_stages" ADD CONSTRAINT "pipeline_stages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_hiring_manager_user_id_users_id_fk" FOREIGN KEY ("hiring_manager_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_settings" ADD CONSTRAINT "recruiting_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_link_id_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."referral_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_positions" ADD CONSTRAINT "saved_positions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_positions" ADD CONSTRAINT "saved_positions_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_positions" ADD CONSTRAINT "saved_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_activities_candidate_idx" ON "candidate_activities" USING btree ("tenant_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "candidates_tenant_stage_idx" ON "candidates" USING btree ("tenant_id","stage_id","stage_entered_at");--> statement-breakpoint
CREATE INDEX "candidates_tenant_position_idx" ON "candidates" USING btree ("tenant_id","position_id");--> statement-breakpoint
CREATE INDEX "candidates_tenant_alumnus_idx" ON "candidates" USING btree ("tenant_id","alumnus_id");--> statement-breakpoint
CREATE INDEX "candidates_tenant_email_idx" ON "candidates" USING btree ("tenant_id","email_key");--> statement-breakpoint
CREATE INDEX "candidates_tenant_owner_idx" ON "candidates" USING btree ("tenant_id","owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_open_alumnus_key" ON "candidates" USING btree ("tenant_id","alumnus_id",coalesce("position_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "candidates"."closed_at" is null and "candidates"."alumnus_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_open_email_key" ON "candidates" USING btree ("tenant_id","email_key",coalesce("position_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "candidates"."closed_at" is null and "candidates"."email_key" is not null;--> statement-breakpoint
CREATE INDEX "casual_talk_slots_tenant_idx" ON "casual_talk_slots" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "casual_talks_tenant_idx" ON "casual_talks" USING btree ("tenant_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "casual_talks_alumnus_idx" ON "casual_talks" USING btree ("tenant_id","alumnus_id");--> statement-breakpoint
CREATE INDEX "casual_talks_host_idx" ON "casual_talks" USING btree ("tenant_id","host_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "casual_talks_slot_taken_key" ON "casual_talks" USING btree ("slot_id") WHERE "casual_talks"."slot_id" is not null and "casual_talks"."status" in ('scheduled', 'completed');--> statement-breakpoint
CREATE INDEX "colleague_outreach_employee_idx" ON "colleague_outreach" USING btree ("tenant_id","employee_user_id","created_at");--> statement-breakpoint
CREATE INDEX "colleague_outreach_alumnus_idx" ON "colleague_outreach" USING btree ("tenant_id","alumnus_id");--> statement-breakpoint
CREATE INDEX "domain_events_tenant_type_idx" ON "domain_events" USING btree ("tenant_id","type","occurred_at");--> statement-breakpoint
CREATE INDEX "interviews_candidate_idx" ON "interviews" USING btree ("tenant_id","candidate_id","starts_at");--> statement-breakpoint
CREATE INDEX "member_department_history_dept_idx" ON "member_department_history" USING btree ("tenant_id","department");--> statement-breakpoint
CREATE INDEX "member_department_history_user_idx" ON "member_department_history" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pipeline_stages_tenant_key" ON "pipeline_stages" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE INDEX "pipeline_stages_tenant_position_idx" ON "pipeline_stages" USING btree ("tenant_id","position");--> statement-breakpoint
CREATE INDEX "positions_tenant_status_idx" ON "positions" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "positions_tenant_manager_idx" ON "positions" USING btree ("tenant_id","hiring_manager_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_links_token_key" ON "referral_links" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_links_user_position_key" ON "referral_links" USING btree ("tenant_id","user_id","position_id");--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("tenant_id","referrer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_expiry_idx" ON "referrals" USING btree ("tenant_id","status","expires_at");--> statement-breakpoint
CREATE INDEX "referrals_candidate_idx" ON "referrals" USING btree ("tenant_id","candidate_id");--> statement-breakpoint
CREATE INDEX "saved_positions_tenant_idx" ON "saved_positions" USING btree ("tenant_id","alumnus_id");