CREATE TABLE "eligibility_rules" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"min_tenure_months" integer,
	"allowed_exit_types" text[] NOT NULL,
	"max_years_since_leaving" integer,
	"exclude_do_not_rehire" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "eligibility" text DEFAULT 'needs_review' NOT NULL;--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "eligibility_override" text;--> statement-breakpoint
ALTER TABLE "alumni" ADD COLUMN "eligibility_override_reason" text;--> statement-breakpoint
ALTER TABLE "eligibility_rules" ADD CONSTRAINT "eligibility_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alumni_tenant_eligibility_idx" ON "alumni" USING btree ("tenant_id","eligibility");