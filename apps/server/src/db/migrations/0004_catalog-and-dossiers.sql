CREATE TABLE "procedure_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"change_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"published_version_id" uuid,
	"draft_version_id" uuid,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"deciding_agency_id" uuid NOT NULL,
	"online_level" text NOT NULL,
	"legal_time" jsonb,
	"search_text" text NOT NULL,
	"name_sort" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"checklist_item_id" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"blob_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_code_counters" (
	"unit_code" text NOT NULL,
	"day" date NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_unit_code_day_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_agency_id" uuid,
	"payload" jsonb NOT NULL,
	"form" text,
	"from_agency_id" uuid,
	"to_agency_id" uuid,
	"handover_outcome" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"rule_set" text NOT NULL,
	"channel" text NOT NULL,
	"result_delivery" text NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version_id" uuid,
	"procedure_name" text NOT NULL,
	"case_code" text,
	"receiving_agency_id" uuid NOT NULL,
	"deciding_agency_id" uuid NOT NULL,
	"current_agency_id" uuid,
	"current_step_role" text,
	"current_assignee_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"applicant_phone" text NOT NULL,
	"applicant_phone_last4" text NOT NULL,
	"applicant_email" text,
	"applicant_address" text NOT NULL,
	"applicant_name_search" text NOT NULL,
	"documents" jsonb NOT NULL,
	"sets" integer DEFAULT 1 NOT NULL,
	"state" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"due_on" date,
	"original_due_on" date,
	"result_ready_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"outcome" text,
	"apologized" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_lookup_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_deciding_agency_id_agencies_id_fk" FOREIGN KEY ("deciding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_agency_id_agencies_id_fk" FOREIGN KEY ("receiving_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_deciding_agency_id_agencies_id_fk" FOREIGN KEY ("deciding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_current_agency_id_agencies_id_fk" FOREIGN KEY ("current_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_current_assignee_id_users_id_fk" FOREIGN KEY ("current_assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_search_words_trgm" ON "procedure_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_number_uq" ON "procedure_versions" USING btree ("procedure_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_code_uq" ON "procedures" USING btree ("code");--> statement-breakpoint
CREATE INDEX "procedures_status_name_idx" ON "procedures" USING btree ("status","name_sort");--> statement-breakpoint
CREATE INDEX "procedures_agency_idx" ON "procedures" USING btree ("deciding_agency_id");--> statement-breakpoint
CREATE INDEX "procedures_search_trgm" ON "procedures" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossier_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_version_uq" ON "dossier_events" USING btree ("dossier_id","version");--> statement-breakpoint
CREATE INDEX "dossier_events_at_idx" ON "dossier_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_uq" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_queue_agency_idx" ON "dossiers" USING btree ("current_agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("current_assignee_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_status_due_idx" ON "dossiers" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "dossiers_deciding_idx" ON "dossiers" USING btree ("deciding_agency_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_received_idx" ON "dossiers" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "dossiers_applicant_name_trgm" ON "dossiers" USING gin ("applicant_name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "public_lookup_attempts_ip_idx" ON "public_lookup_attempts" USING btree ("ip","at");