// Migrations are listed explicitly: no file globbing, so tsx, Vitest and a bundled build all see the same set.
import { Migration20261124000000_foundation } from './Migration20261124000000_foundation.js'
import { Migration20261201000000_call_records } from './Migration20261201000000_call_records.js'
import { Migration20261205000000_organization } from './Migration20261205000000_organization.js'
import { Migration20261210000000_acd } from './Migration20261210000000_acd.js'
import { Migration20261215000000_voice } from './Migration20261215000000_voice.js'
import { Migration20261216000000_ivr } from './Migration20261216000000_ivr.js'
import { Migration20261217000000_my_calls } from './Migration20261217000000_my_calls.js'
import { Migration20261220000000_sign_in_lockout } from './Migration20261220000000_sign_in_lockout.js'
import { Migration20261222000000_agent_call_party } from './Migration20261222000000_agent_call_party.js'
import { Migration20261226000000_customers } from './Migration20261226000000_customers.js'
import { Migration20261230000000_webhooks } from './Migration20261230000000_webhooks.js'
import { Migration20270101000000_screen_pop } from './Migration20270101000000_screen_pop.js'
import { Migration20270102000000_service_summaries } from './Migration20270102000000_service_summaries.js'
import { Migration20270104000000_contact_plans } from './Migration20270104000000_contact_plans.js'
import { Migration20270104100000_call_customers } from './Migration20270104100000_call_customers.js'
import { Migration20270105000000_call_facts } from './Migration20270105000000_call_facts.js'
import { Migration20270106100000_call_record_search } from './Migration20270106100000_call_record_search.js'
import { Migration20270107200000_daily_rollups } from './Migration20270107200000_daily_rollups.js'
import { Migration20270108100000_recording_choices } from './Migration20270108100000_recording_choices.js'
import { Migration20270108110000_recording_retention } from './Migration20270108110000_recording_retention.js'
import { Migration20270108120000_outbound_survey } from './Migration20270108120000_outbound_survey.js'
import { Migration20270107400000_post_call_survey } from './Migration20270107400000_post_call_survey.js'
import { Migration20270106000000_call_rollups } from './Migration20270106000000_call_rollups.js'
import { Migration20270107300000_quality } from './Migration20270107300000_quality.js'
import { Migration20270107500000_outbound } from './Migration20270107500000_outbound.js'
import { Migration20270108000000_call_outcome } from './Migration20270108000000_call_outcome.js'
import { Migration20270108300000_task_item_calls } from './Migration20270108300000_task_item_calls.js'
import { Migration20270109200000_outbound_statistics } from './Migration20270109200000_outbound_statistics.js'
import { Migration20270109100000_progressive } from './Migration20270109100000_progressive.js'
import { Migration20270109300000_survey_scale } from './Migration20270109300000_survey_scale.js'
import { Migration20270109500000_stereo_appeal_window } from './Migration20270109500000_stereo_appeal_window.js'
import { Migration20270110100000_dial_refusal } from './Migration20270110100000_dial_refusal.js'
import { Migration20270110300000_survey_answer_labels } from './Migration20270110300000_survey_answer_labels.js'
import { Migration20270111410000_rollup_claim_days } from './Migration20270111410000_rollup_claim_days.js'
import { Migration20270112900000_stale_imports } from './Migration20270112900000_stale_imports.js'
import { Migration20270108200000_outbound_import } from './Migration20270108200000_outbound_import.js'
import { Migration20270107100000_summary_report } from './Migration20270107100000_summary_report.js'

export const migrationsList = [
  { name: 'Migration20261124000000_foundation', class: Migration20261124000000_foundation },
  { name: 'Migration20261201000000_call_records', class: Migration20261201000000_call_records },
  { name: 'Migration20261205000000_organization', class: Migration20261205000000_organization },
  { name: 'Migration20261210000000_acd', class: Migration20261210000000_acd },
  { name: 'Migration20261215000000_voice', class: Migration20261215000000_voice },
  { name: 'Migration20261216000000_ivr', class: Migration20261216000000_ivr },
  { name: 'Migration20261217000000_my_calls', class: Migration20261217000000_my_calls },
  { name: 'Migration20261220000000_sign_in_lockout', class: Migration20261220000000_sign_in_lockout },
  { name: 'Migration20261222000000_agent_call_party', class: Migration20261222000000_agent_call_party },
  { name: 'Migration20261226000000_customers', class: Migration20261226000000_customers },
  { name: 'Migration20261230000000_webhooks', class: Migration20261230000000_webhooks },
  { name: 'Migration20270101000000_screen_pop', class: Migration20270101000000_screen_pop },
  { name: 'Migration20270102000000_service_summaries', class: Migration20270102000000_service_summaries },
  { name: 'Migration20270104000000_contact_plans', class: Migration20270104000000_contact_plans },
  { name: 'Migration20270104100000_call_customers', class: Migration20270104100000_call_customers },
  { name: 'Migration20270105000000_call_facts', class: Migration20270105000000_call_facts },
  { name: 'Migration20270106000000_call_rollups', class: Migration20270106000000_call_rollups },
  { name: 'Migration20270106100000_call_record_search', class: Migration20270106100000_call_record_search },
  { name: 'Migration20270107100000_summary_report', class: Migration20270107100000_summary_report },
  { name: 'Migration20270107200000_daily_rollups', class: Migration20270107200000_daily_rollups },
  { name: 'Migration20270107300000_quality', class: Migration20270107300000_quality },
  { name: 'Migration20270107400000_post_call_survey', class: Migration20270107400000_post_call_survey },
  { name: 'Migration20270107500000_outbound', class: Migration20270107500000_outbound },
  { name: 'Migration20270108000000_call_outcome', class: Migration20270108000000_call_outcome },
  { name: 'Migration20270108100000_recording_choices', class: Migration20270108100000_recording_choices },
  { name: 'Migration20270108110000_recording_retention', class: Migration20270108110000_recording_retention },
  { name: 'Migration20270108120000_outbound_survey', class: Migration20270108120000_outbound_survey },
  { name: 'Migration20270108200000_outbound_import', class: Migration20270108200000_outbound_import },
  { name: 'Migration20270108300000_task_item_calls', class: Migration20270108300000_task_item_calls },
  { name: 'Migration20270109100000_progressive', class: Migration20270109100000_progressive },
  { name: 'Migration20270109200000_outbound_statistics', class: Migration20270109200000_outbound_statistics },
  { name: 'Migration20270109300000_survey_scale', class: Migration20270109300000_survey_scale },
  {
    name: 'Migration20270109500000_stereo_appeal_window',
    class: Migration20270109500000_stereo_appeal_window,
  },
  { name: 'Migration20270110100000_dial_refusal', class: Migration20270110100000_dial_refusal },
  {
    name: 'Migration20270110300000_survey_answer_labels',
    class: Migration20270110300000_survey_answer_labels,
  },
  { name: 'Migration20270111410000_rollup_claim_days', class: Migration20270111410000_rollup_claim_days },
  { name: 'Migration20270112900000_stale_imports', class: Migration20270112900000_stale_imports },
]
