// Words of the admin console; the shared ones (sign-in, errors, roles) come from @cc/web-common.
import { acdMessages } from './acd'
import { liveBoardMessages } from './liveBoard'
import { kpiMonitorMessages } from './kpiMonitor'
import { wallboardMessages } from './wallboard'
import { statisticsMessages } from './statistics'
import { callReportMessages } from './callReport'
import { serviceSummaryReportMessages } from './serviceSummaryReport'
import { voiceMessages } from './voice'
import { ivrMessages } from './ivr'
import { organizationMessages } from './organization'
import { testCallMessages } from './testCall'
import { dashboardMessages } from './dashboard'
import { settingsMessages } from './settings'
import { integrationMessages } from './integration'
import { customersMessages } from './customers'
import { outboundMessages } from './outbound'
import { outboundStatisticsMessages } from './outboundStatistics'
import { qualityMessages } from './quality'
import { listImportMessages } from './listImport'

export const adminMessages = {
  'zh-CN': {
    ...organizationMessages['zh-CN'],
    ...acdMessages['zh-CN'],
    ...liveBoardMessages['zh-CN'],
    ...kpiMonitorMessages['zh-CN'],
    ...wallboardMessages['zh-CN'],
    ...statisticsMessages['zh-CN'],
    ...callReportMessages['zh-CN'],
    ...serviceSummaryReportMessages['zh-CN'],
    ...voiceMessages['zh-CN'],
    ...ivrMessages['zh-CN'],
    ...testCallMessages['zh-CN'],
    ...dashboardMessages['zh-CN'],
    ...settingsMessages['zh-CN'],
    ...integrationMessages['zh-CN'],
    ...customersMessages['zh-CN'],
    ...outboundMessages['zh-CN'],
    ...outboundStatisticsMessages['zh-CN'],
    ...qualityMessages['zh-CN'],
    ...listImportMessages['zh-CN'],
    app: { console: '管理后台' },
    nav: {
      home: '首页',
      team: '坐席与技能组',
      phone: '电话设置',
      ivr: 'IVR 设置',
      customerCare: '客户',
      supervision: '监控',
      statistics: '统计报表',
      quality: '质检',
      outbound: '外呼',
      integration: '集成',
      settings: '账户与设置',
      openMenu: '打开菜单',
      notAllowed: '你的角色不能使用“{area}”，已回到首页。需要时请联系管理员。',
      askAdmin: '“{area}”由管理员设置，需要时请联系管理员。',
    },
    areas: {
      agents: {
        title: '坐席与分组',
        description:
          '添加坐席账号并发送邀请邮件（坐席首次登录须修改初始密码），设置每位坐席的接听方式（SIP 话机或手机），管理呼入与电销分组。',
      },
      skillGroups: { title: '技能组', description: '创建电话技能组并分配坐席，呼入电话按技能组路由。' },
      callHandling: {
        title: '呼叫设置',
        description: '话后处理、振铃超时、排队播报与回呼、通话录音，以及防止误拨和盗打的外呼保护。',
      },
      notReadyReasons: {
        title: '示忙原因',
        description: '坐席示忙时可选择的原因；示忙期间不分配来电，系统原因由平台自动设置。',
      },
      phoneNumbers: {
        title: '号码',
        description: '管理企业的呼入号码，并设置每个号码的来电转到哪个技能组。',
      },
      testCall: {
        title: '拨测',
        description: '像客户一样拨打企业号码，按键、挂断，并实时查看来电者听到的提示音、排队和接通的坐席。',
      },
      ivrBasics: {
        title: 'IVR 基础设置',
        description:
          '设置五类系统提示音：非工作时间提示、转接等待音、排队提示、按键错误提示、满意度评价提示。',
      },
      voiceLibrary: {
        title: '自定义语音库',
        description: '上传 .wav 录音作为提示音，审核通过后即可在 IVR 流程中使用。',
      },
      ivrFlows: {
        title: 'IVR 流程',
        description: '配置最多 5 级按键菜单；日常 IVR 按星期与时段生效，节假日 IVR 优先于日常 IVR。',
      },
      ivrSchedules: {
        title: '日常 IVR',
        description:
          '按星期和时段设置服务时间及其 IVR 流程，服务时间外播放非工作时间提示；号码按日常 IVR 接听。',
      },
      ivrHolidays: {
        title: '节假日 IVR',
        description: '为春节、国庆等假期设置专门的流程或休息提示，假期内优先于日常 IVR。',
      },
      monitoring: {
        title: '实时监控',
        description:
          '实时查看各技能组的排队情况、每位坐席的状态和每通进行中的通话，可监听、密语、强插或强制挂断通话。',
      },
      kpiMonitor: {
        title: '指标监控',
        description:
          '查看今日服务水平、放弃率等指标，近 24 小时每小时的通话量，以及各技能组和每位坐席的情况。',
      },
      callReport: {
        title: '通话报表',
        description: '按时段、技能组和坐席统计呼入与呼出通话量、接通率和时长。',
      },
      serviceSummaries: {
        title: '服务小结报表',
        description: '按分类统计坐席在话后处理中填写的服务小结，可按技能组、坐席拆分，查看每日趋势。',
      },
      callRecords: { title: '通话记录', description: '查询全部通话明细，支持筛选与录音回放。' },
      satisfactionRecords: { title: '满意度记录', description: '查看每通电话结束后客户给出的满意度评价。' },
      satisfactionReport: { title: '满意度报表', description: '按技能组和坐席汇总满意度评价结果。' },
      qaWorkbench: {
        title: '质检工作台',
        description: '抽取通话，边听录音边按评分表打分、批注，并处理坐席的申诉。',
      },
      qaScorecards: {
        title: '评分表',
        description: '定义质检评分表：分区、评分项、分值（即权重）和致命项；每次编辑发布新版本。',
      },
      qaReport: {
        title: '质检报表',
        description: '按坐席、坐席组、评分项或时间统计平均得分、致命项和申诉率。',
      },
      outboundTasks: {
        title: '外呼任务',
        description: '创建外呼任务并分配给坐席或技能组，由坐席拨打任务中的号码。',
      },
      customers: {
        title: '客户',
        description:
          '查看、搜索和编辑客户资料；新号码来电或外呼时自动建立客户，呼入与电销组织各自管理自己的客户。',
      },
      screenPopSettings: {
        title: '弹屏设置',
        description:
          '设置坐席来电弹屏中嵌入的业务页面（如 CRM 客户页），通话时自动带入主叫号码、坐席工号等信息。',
      },
      summaryCategories: {
        title: '服务小结分类',
        description: '设置坐席填写服务小结时选择的分类，最多三级；已被使用的分类不能删除，可停用。',
      },
      contactPlans: {
        title: '联系计划',
        description:
          '查看坐席为客户预约的回访及其通话和录音，可按状态、时间、坐席和号码筛选，改期、完成、取消或导出。',
      },
      customFields: {
        title: '自定义字段',
        description:
          '定义客户、服务小结和外呼任务数据的字段，坐席在来电弹屏和表单中填写，每次保存都按字段设置校验。',
      },
      taskData: {
        title: '数据导入',
        description: '批量导入号码和客户资料（支持自定义字段），直接分给坐席，或分给技能组由组长再分配。',
      },
      outboundStatistics: { title: '外呼统计', description: '查看各任务的统计、坐席工作量和外呼通话记录。' },
      doNotCall: {
        title: '免打扰名单',
        description: '名单中的号码不会被导入外呼任务，坐席拨打前也会再次检查；移出名单需填写原因。',
      },
      apiKeys: {
        title: 'API 密钥',
        description: '为第三方系统创建 API 密钥，通过带文档的 GraphQL 接口接入。',
      },
      webhooks: { title: 'Webhook', description: '将通话事件实时推送到企业自己的系统。' },
      companySettings: { title: '企业信息', description: '查看和修改企业名称、时区和所在国家/地区。' },
      accountSettings: { title: '我的账号', description: '修改登录密码，查看并退出在其他设备上的登录。' },
      auditLog: {
        title: '操作日志',
        description: '谁在什么时间修改了坐席、分组、技能组、电话设置和 API 密钥，以及修改前后的内容。',
      },
    },
    signup: {
      title: '免费注册',
      subtitle: '创建企业账号，您将成为该企业的超级管理员。',
      companyName: '企业名称',
      timeZone: '时区',
      name: '管理员姓名',
      confirmPassword: '确认密码',
      submit: '注册并登录',
      noAccount: '还没有账号？',
      link: '免费注册',
      haveAccount: '已有账号？',
    },
  },
  en: {
    ...organizationMessages.en,
    ...acdMessages.en,
    ...liveBoardMessages.en,
    ...kpiMonitorMessages.en,
    ...wallboardMessages.en,
    ...statisticsMessages.en,
    ...callReportMessages.en,
    ...serviceSummaryReportMessages.en,
    ...voiceMessages.en,
    ...ivrMessages.en,
    ...testCallMessages.en,
    ...dashboardMessages.en,
    ...settingsMessages.en,
    ...integrationMessages.en,
    ...customersMessages.en,
    ...outboundMessages.en,
    ...outboundStatisticsMessages.en,
    ...qualityMessages.en,
    ...listImportMessages.en,
    app: { console: 'Admin console' },
    nav: {
      home: 'Dashboard',
      team: 'Agents & groups',
      phone: 'Phone settings',
      ivr: 'IVR settings',
      customerCare: 'Customers',
      supervision: 'Monitoring',
      statistics: 'Statistics',
      quality: 'Quality inspection',
      outbound: 'Outbound',
      integration: 'Integration',
      settings: 'Account & settings',
      openMenu: 'Open the menu',
      notAllowed:
        'Your role cannot use “{area}”, so you are back on the dashboard. Ask an administrator if you need it.',
      askAdmin: 'Administrators set up “{area}”; ask one if you need it.',
    },
    areas: {
      agents: {
        title: 'Agents',
        description:
          'Add agent accounts and send invitations (agents change the given password at first sign-in), set how each agent answers (SIP phone or mobile), and manage inbound and telesales groups.',
      },
      skillGroups: {
        title: 'Skill groups',
        description:
          'Create phone skill groups and put agents in them; inbound calls are routed to skill groups.',
      },
      callHandling: {
        title: 'Call handling',
        description:
          'After-call work, ring timeout, queue announcements and callback, recording, and the outbound guard against costly or fraudulent calls.',
      },
      notReadyReasons: {
        title: 'Not-ready reasons',
        description:
          'The reasons agents choose when they go not ready and take no calls; system reasons are set by the platform.',
      },
      phoneNumbers: {
        title: 'Numbers',
        description: 'Your company’s inbound numbers, and the skill group each one’s calls go to.',
      },
      testCall: {
        title: 'Test call',
        description:
          'Call your company’s numbers as a customer does, press keys, hang up, and see what the caller hears: prompts, the queue, the agent reached.',
      },
      ivrBasics: {
        title: 'IVR basics',
        description:
          'Set the five system prompts: after hours, transfer wait, queue, wrong key and satisfaction survey.',
      },
      voiceLibrary: {
        title: 'Voice library',
        description: 'Upload .wav recordings as prompts; approved prompts can be used in IVR flows.',
      },
      ivrFlows: {
        title: 'IVR flows',
        description:
          'Build key-press menus up to 5 levels deep; daily IVRs follow weekdays and hours, holiday IVRs override them.',
      },
      ivrSchedules: {
        title: 'Daily IVR',
        description:
          'Service hours by weekday with the IVR flow callers follow; outside them the after-hours prompt plays. Numbers follow a daily IVR.',
      },
      ivrHolidays: {
        title: 'Holiday IVR',
        description:
          'Holidays such as Spring Festival get their own flow or a closed message, overriding the daily IVR.',
      },
      monitoring: {
        title: 'Live board',
        description:
          'Each skill group’s queue, every agent’s status and every call in progress, live; listen to, whisper to, barge into or hang up calls.',
      },
      kpiMonitor: {
        title: 'KPI monitor',
        description:
          'Today’s service level, abandon rate and other KPIs, the calls of each of the last 24 hours, and each skill group and agent.',
      },
      callReport: {
        title: 'Call report',
        description:
          'Inbound and outbound volumes, answer rates and durations by period, skill group and agent.',
      },
      serviceSummaries: {
        title: 'Service summary report',
        description:
          'The service summaries agents write in after-call work, counted by category, split by skill group or agent, day by day.',
      },
      callRecords: {
        title: 'Call records',
        description: 'Every call in detail, with filters and recording playback.',
      },
      satisfactionRecords: {
        title: 'Satisfaction records',
        description: 'The rating each caller gave at the end of a call.',
      },
      satisfactionReport: {
        title: 'Satisfaction report',
        description: 'Satisfaction ratings summed up by skill group and agent.',
      },
      qaWorkbench: {
        title: 'Inspection workbench',
        description:
          'Pick calls, score them against a scorecard while the recording plays, comment, and answer appeals.',
      },
      qaScorecards: {
        title: 'Scorecards',
        description:
          'Define scorecards: sections, criteria, points (their weights) and fatal items; every edit publishes a new version.',
      },
      qaReport: {
        title: 'QA report',
        description: 'Average score, fatal failures and appeal rates by agent, group, criterion or period.',
      },
      outboundTasks: {
        title: 'Outbound tasks',
        description:
          'Create outbound tasks and assign them to agents or skill groups, whose agents dial the numbers.',
      },
      customers: {
        title: 'Customers',
        description:
          'Find, read and edit customers; every new number that calls or is called becomes one. Inbound and telesales each keep their own.',
      },
      screenPopSettings: {
        title: 'Screen pop settings',
        description:
          'The business page (e.g. your CRM’s customer page) embedded in agents’ screen pops, with the caller’s number, the agent’s number and more filled in for each call.',
      },
      summaryCategories: {
        title: 'Summary categories',
        description:
          'The categories agents choose in service summaries, up to three levels; a used category cannot be deleted, only disabled.',
      },
      contactPlans: {
        title: 'Contact plans',
        description:
          'The callbacks agents scheduled for customers, with their calls and recordings: filter by status, time, agent and number; reschedule, complete, cancel or export.',
      },
      customFields: {
        title: 'Custom fields',
        description:
          'The fields of customers, service summaries and outbound task data that agents fill in; every save is checked against them.',
      },
      taskData: {
        title: 'Data import',
        description:
          'Import numbers and customer data with custom fields, straight to an agent or to a group leader to distribute.',
      },
      outboundStatistics: {
        title: 'Outbound statistics',
        description: 'Per-task statistics, agent workload and the call records of outbound work.',
      },
      doNotCall: {
        title: 'Do-not-call list',
        description:
          'Numbers on this list are never imported into tasks and are checked again before every dial. Removing one needs a reason.',
      },
      apiKeys: {
        title: 'API keys',
        description: 'Create API keys for third-party systems to use the documented GraphQL API.',
      },
      webhooks: { title: 'Webhooks', description: 'Push call events to your own systems as they happen.' },
      companySettings: {
        title: 'Company',
        description: 'View and edit the company name, time zone and home country or region.',
      },
      accountSettings: {
        title: 'My account',
        description: 'Change your password; see and sign out the other places you are signed in.',
      },
      auditLog: {
        title: 'Audit log',
        description:
          'Who changed agents, groups, skill groups, phone settings and API keys, when, and what before and after.',
      },
    },
    signup: {
      title: 'Free registration',
      subtitle: 'Create your company’s account; you become its super admin.',
      companyName: 'Company name',
      timeZone: 'Time zone',
      name: 'Your name',
      confirmPassword: 'Confirm password',
      submit: 'Register and sign in',
      noAccount: 'No account yet?',
      link: 'Register for free',
      haveAccount: 'Already registered?',
    },
  },
}
