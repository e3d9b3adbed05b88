import { Migration } from '@mikro-orm/migrations'

/**
 * Issue 19, A5: every survey answer keeps the labels of the scale it was given on, so a score from before
 * a change of scale (or of labels) still shows the words the customer heard. Answers on the company's
 * current scale take its current labels, which is what the pages showed for them until now; older answers
 * on 1–5 take the labels every company had before it could choose its own; any other stays without.
 */
export class Migration20270110300000_survey_answer_labels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table satisfaction_score add column labels jsonb
        check (labels is null or (jsonb_typeof(labels) = 'array' and jsonb_array_length(labels) = scale));`)
    this.addSql(`
      update satisfaction_score s set labels = a.survey_labels
        from acd_settings a where a.tenant_id = s.tenant_id and a.survey_scale = s.scale;`)
    // The labels of 1–5 before companies chose their own, as Migration20270109300000_survey_scale wrote them.
    const fivePointLabels = JSON.stringify([
      { zh: '非常不满意', en: 'Very dissatisfied' },
      { zh: '不满意', en: 'Dissatisfied' },
      { zh: '一般', en: 'Neutral' },
      { zh: '满意', en: 'Satisfied' },
      { zh: '非常满意', en: 'Very satisfied' },
    ])
    this.addSql(
      `update satisfaction_score set labels = '${fivePointLabels}'::jsonb where labels is null and scale = 5;`,
    )
  }
}
