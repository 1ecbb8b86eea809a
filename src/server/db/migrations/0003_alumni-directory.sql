CREATE TABLE "alumni" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"employee_number" text,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name_kana" text,
	"given_name_kana" text,
	"former_family_name" text,
	"birth_date" date,
	"work_email" text,
	"private_email" text,
	"phone" text,
	"sns_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"department" text,
	"job_title" text,
	"grade" text,
	"employment_type" text,
	"hire_date" date,
	"leave_date" date NOT NULL,
	"exit_type" text DEFAULT 'other' NOT NULL,
	"exit_reason_category" text,
	"exit_reason_note" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"current_employer" text,
	"current_role" text,
	"return_interest" text DEFAULT 'unknown' NOT NULL,
	"do_not_rehire" boolean DEFAULT false NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"hr_notes" text,
	"search_text" text DEFAULT '' NOT NULL,
	"search_grams" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_key" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alumni_department_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"alumnus_id" uuid NOT NULL,
	"department" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date
);
--> statement-breakpoint
ALTER TABLE "alumni" ADD CONSTRAINT "alumni_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_department_history" ADD CONSTRAINT "alumni_department_history_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_department_history" ADD CONSTRAINT "alumni_department_history_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alumni_tenant_employee_number_key" ON "alumni" USING btree ("tenant_id","employee_number") WHERE "alumni"."employee_number" is not null;--> statement-breakpoint
CREATE INDEX "alumni_tenant_sort_idx" ON "alumni" USING btree ("tenant_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "alumni_tenant_work_email_idx" ON "alumni" USING btree ("tenant_id",lower("work_email"));--> statement-breakpoint
CREATE INDEX "alumni_search_text_trgm_idx" ON "alumni" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "alumni_search_grams_idx" ON "alumni" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "alumni_tenant_leave_date_idx" ON "alumni" USING btree ("tenant_id","leave_date");--> statement-breakpoint
CREATE INDEX "alumni_department_history_alumnus_idx" ON "alumni_department_history" USING btree ("tenant_id","alumnus_id");--> statement-breakpoint
CREATE INDEX "alumni_department_history_dept_idx" ON "alumni_department_history" USING btree ("tenant_id","department");