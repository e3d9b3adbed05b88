import { Migration } from '@mikro-orm/migrations'

/**
 * Issue 19, A5: the satisfaction survey's scale is the company's: 2 to 9 points (one key), each with a label
 * in Chinese and English, 1–5 with the labels the pages showed before by default. Every answer keeps the
 * scale it was given on, so a later change of scale does not reinterpret past scores; the answers before
 * this migration were all given on 1–5.
 */
export class Migration20270109300000_survey_scale extends Migration {
  override async up(): Promise<void> {
    // The default labels are data (what a new company starts with), so they are written here in both languages.
    const labels = JSON.stringify([
      { zh: '非常不满意', en: 'Very dissatisfied' },
      { zh: '不满意', en: 'Dissatisfied' },
      { zh: '一般', en: 'Neutral' },
      { zh: '满意', en: 'Satisfied' },
      { zh: '非常满意', en: 'Very satisfied' },
    ])
    this.addSql(`
      alter table acd_settings
        add column survey_scale smallint not null default 5 check (survey_scale between 2 and 9),
        add column survey_labels jsonb not null default '${labels}'::jsonb,
        add constraint acd_settings_survey_labels_check
          check (jsonb_typeof(survey_labels) = 'array' and jsonb_array_length(survey_labels) = survey_scale);`)
    for (const table of ['satisfaction_score', 'post_call_survey']) {
      this.addSql(`alter table ${table} drop constraint ${table}_score_check;`)
      this.addSql(`alter table ${table} add column scale smallint;`)
      this.addSql(`update ${table} set scale = 5 where score is not null;`)
      this.addSql(`
        alter table ${table} add constraint ${table}_score_check
          check ((score is null) = (scale is null) and scale between 2 and 9 and score between 1 and scale);`)
    }
    this.addSql(`alter table satisfaction_score alter column scale set not null;`)
  }
}
