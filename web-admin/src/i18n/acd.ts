// Words of the call distribution pages: call handling, not-ready reasons, numbers and skill group routing.
export const acdMessages = {
  'zh-CN': {
    callHandling: {
      sections: {
        offers: '话后处理与来电分配',
        queue: '排队',
        recording: '录音',
        outbound: '外呼保护',
        survey: '满意度评价',
      },
      survey: {
        scale: '{scale} 分制',
        score: '分值',
        languages: { zh: '中文说明', en: '英文说明' },
        placeholders: { zh: '如 非常满意', en: '如 Very satisfied' },
      },
      seconds: '秒',
      times: '次',
      calls: '通',
      perSecond: '通/秒',
      days: '天',
      keepForever: '永久保留',
      savedAt: '最近保存：{at}',
      neverSaved: '当前为系统默认设置，尚未修改',
      readOnly: '仅管理员可以修改呼叫设置。',
      fields: {
        afterCallWorkSeconds: '话后处理时长',
        ringTimeoutSeconds: '振铃超时',
        maxMissedOffers: '连续未接上限',
        heartbeatTimeoutSeconds: '工作台失联判定',
        announcePosition: '播报排队位置',
        announceIntervalSeconds: '播报间隔',
        callbackEnabled: '排队时可选回呼',
        callbackKey: '回呼按键',
        recordingEnabled: '通话录音',
        outboundRecordingEnabled: '外呼录音',
        recordingRetentionDays: '录音保存期限',
        isRecordingStereo: '双声道录音',
        appealWindowDays: '质检申诉期限',
        outboundSurveyEnabled: '外呼后满意度评价',
        surveyScale: '评分分制',
        surveyLabels: '各分值说明',
        requireSummaryBeforeReady: '必须先填写服务小结',
        outboundCallerId: '外呼显示号码',
        homeRegion: '所在国家/地区',
        allowInternational: '允许拨打国际电话',
        allowPremiumRate: '允许拨打付费号码',
        maxConcurrentOutbound: '最大并发外呼',
        maxOutboundPerSecond: '每秒最多发起',
      },
      hints: {
        afterCallWorkSeconds:
          '每通电话结束后，坐席有这段时间整理记录，期间不会分配新来电；坐席可提前点“空闲”结束。设为 0 则不留整理时间。',
        ringTimeoutSeconds: '来电在一位坐席处响铃超过这个时间仍未接听，就转给下一位空闲坐席（5–120 秒）。',
        maxMissedOffers:
          '坐席连续这么多次未接听分配的来电，系统会自动将其置为“未接超限”示忙，避免来电反复等待（1–20 次）。',
        heartbeatTimeoutSeconds:
          '坐席工作台这么久没有任何响应（断网、关闭浏览器），就视为离线，不再分配来电（10–600 秒）。',
        announcePosition: '所有坐席忙时，定时告诉排队中的客户前面还有几位。',
        announceIntervalSeconds: '两次位置播报之间的间隔（10–600 秒）。',
        callbackEnabled: '排队中的客户按回呼键后可以挂机，保留排队位置，轮到时由坐席回拨。',
        callbackKey: '客户按此键选择回呼；请在排队提示音中告诉客户按哪个键。',
        requireSummaryBeforeReady:
          '开启后，坐席接听的电话结束后须保存服务小结才能结束话后处理、接听下一通来电；未接通的电话无需小结，签出不受影响。',
        recordingEnabled:
          '开启后接通的电话会录音，可在通话记录中回放并用于质检；不需要录音的技能组可在“技能组”中单独关闭。请确保已告知客户通话将被录音。',
        outboundRecordingEnabled: '坐席外呼的电话是否录音（需先开启通话录音）。',
        recordingRetentionDays:
          '录音保存这么多天后每天自动删除（1–3650 天），正在质检、申诉中或仍可申诉的通话录音除外。留空则永久保留。',
        isRecordingStereo:
          '开启后录音为双声道：左声道是客户，右声道是坐席，便于日后做语音分析；关闭时为单声道，双方声音混在一起。只影响之后的录音。',
        appealWindowDays:
          '质检结果提交后，坐席在这么多天内可以申诉（1–365 天）；过期未申诉的质检即为最终结果，其录音可按保存期限删除。',
        outboundSurveyEnabled:
          '开启后，坐席外呼的电话由坐席挂机时，客户留在线上收听“满意度评价”系统提示音并按键评分；评分计入满意度记录和报表。',
        surveyScale:
          '客户按一个键评分：1 分最不满意，最高分最满意（2–9 分制）。呼入电话的满意度评价在“技能组”中按组开启。修改分制不影响以前的评价，它们按当时的分制统计。',
        surveyLabels:
          '每个分值的中英文说明（各 1–20 个字），显示在满意度记录和报表中；请在“满意度评价”提示音中告诉客户各按键的含义。',
        outboundCallerId:
          '外呼时客户看到的号码，须是贵公司在“号码管理”中的号码。留空时：公司只有一个号码就显示该号码；有多个号码时坐席无法外呼，请在此指定一个。可填国内号码或以 + 开头的国际格式。',
        homeRegion: '在此之外的号码视为国际号码；不带国家码的号码也按此地区解析。',
        allowInternational: '关闭时，坐席只能拨打所在国家/地区的号码，防止误拨或被盗用产生高额话费。',
        allowPremiumRate: '付费号码（如声讯台）按分钟收取高额费用，一般无需开启。',
        maxConcurrentOutbound:
          '全公司同一时间最多进行的外呼数量，超出时新的外呼会被拒绝。设为 0 将停止所有外呼。',
        maxOutboundPerSecond:
          '全公司每秒最多发起的外呼数，防止批量外呼过快被运营商限制。设为 0 将停止所有外呼。',
      },
      callerIdPlaceholder: '如 02161234567 或 +862161234567',
      changeRegion: '在企业信息中修改',
    },
    reasons: {
      add: '添加原因',
      addTitle: '添加示忙原因',
      renameTitle: '重命名示忙原因',
      name: '名称',
      namePlaceholder: '如 午餐、培训，最多 20 个字',
      order: '排序',
      kind: '类型',
      kinds: { CUSTOM: '自定义', SYSTEM: '系统' },
      systemHint: '由系统自动设置，不能修改或选择',
      system: { MISSED_OFFERS: '未接超限', PHONE_UNREGISTERED: '话机未注册' },
      rename: '重命名',
      moveUp: '上移',
      moveDown: '下移',
      confirmDelete: '删除示忙原因“{name}”？正处于该状态的坐席不受影响，之后将不能再选择它。',
      intro:
        '坐席在工作台选择“示忙”时须选择一个原因，示忙期间不会分配来电。系统原因由平台在坐席连续未接或话机掉线时自动设置。',
      readOnly: '仅管理员可以修改示忙原因。',
      empty: '还没有示忙原因',
      emptyHint: '添加至少一个原因（如 小休、会议），坐席才能在工作台示忙。',
    },
    numbers: {
      add: '添加号码',
      addTitle: '添加号码',
      editTitle: '编辑号码',
      number: '号码',
      numberPlaceholder: '如 4008001234、02161234567 或 +862161234567',
      numberHint: '不带国家码的号码按“企业信息”中的所在国家/地区解析，保存为国际格式。',
      description: '说明',
      descriptionPlaceholder: '如 客服热线',
      skillGroup: '来电转到技能组',
      skillGroupPlaceholder: '选择技能组',
      noSkillGroup: '未设置',
      noSkillGroupHint: '未设置技能组的号码来电无人接听，请尽快选择。',
      noSkillGroups: '还没有技能组，请先在“技能组”页创建',
      addedAt: '添加时间',
      confirmRemove: '移除号码 {number}？拨打该号码的来电将不再进入本企业。',
      empty: '还没有号码',
      emptyHint:
        '添加贵公司从运营商处获得的呼入号码（如 400 或固话号码），并为每个号码选择来电转到的技能组。',
    },
    routing: {
      title: '来电分配',
      strategy: '分配策略',
      strategies: {
        LONGEST_IDLE: '最长空闲优先',
        ROUND_ROBIN: '轮流分配',
        FEWEST_CALLS: '接听最少优先',
        PRIORITY: '按优先级',
      },
      strategyHints: {
        LONGEST_IDLE: '分给空闲时间最长的坐席，工作量随时间均匀分布。',
        ROUND_ROBIN: '坐席依次轮流接听，最久未分配到来电的坐席优先。',
        FEWEST_CALLS: '分给今天接听最少的坐席。',
        PRIORITY: '分给技能组内优先级数字最小的坐席，同级时空闲最久者优先。',
      },
      maxWaitSeconds: '最长排队时间',
      maxWaitHint: '客户排队超过这个时间即执行溢出处理（10–7200 秒）。',
      maxQueueLength: '最大排队人数',
      maxQueueHint: '排队人数达到上限时，新的来电直接执行溢出处理（1–10000）。',
      overflowAction: '溢出处理',
      overflowActions: { SKILL_GROUP: '转到其他技能组', MESSAGE_HANGUP: '播放忙音提示后挂机' },
      overflowSkillGroup: '溢出到',
      overflowSkillGroupPlaceholder: '选择同一组织的其他技能组',
      noOverflowTargets: '同一组织没有其他技能组',
      recording: '通话录音',
      recordingHint: '关闭后本技能组的来电不录音；公司级的录音开关在“呼叫设置”中。',
      postCallSurvey: '通话后满意度评价',
      postCallSurveyHint:
        '开启后，坐席挂机时客户留在线上，收听“满意度评价”系统提示音并按 1–5 键评分；评分计入满意度记录和报表。',
      seconds: '秒',
      column: '分配策略',
    },
  },
  en: {
    callHandling: {
      sections: {
        offers: 'After-call work & offers',
        queue: 'Queue',
        recording: 'Recording',
        outbound: 'Outbound guard',
        survey: 'Satisfaction survey',
      },
      survey: {
        scale: '{scale}-point scale',
        score: 'Score',
        languages: { zh: 'Chinese label', en: 'English label' },
        placeholders: { zh: 'e.g. 非常满意', en: 'e.g. Very satisfied' },
      },
      seconds: 's',
      times: 'times',
      calls: 'calls',
      perSecond: 'calls/s',
      days: 'days',
      keepForever: 'Keep for good',
      savedAt: 'Last saved {at}',
      neverSaved: 'The defaults apply; nothing has been changed yet',
      readOnly: 'Only administrators can change call handling.',
      fields: {
        afterCallWorkSeconds: 'After-call work',
        ringTimeoutSeconds: 'Ring timeout',
        maxMissedOffers: 'Missed offers limit',
        heartbeatTimeoutSeconds: 'Workstation timeout',
        announcePosition: 'Announce position',
        announceIntervalSeconds: 'Announcement interval',
        callbackEnabled: 'Offer callback',
        callbackKey: 'Callback key',
        recordingEnabled: 'Record calls',
        outboundRecordingEnabled: 'Record outbound calls',
        recordingRetentionDays: 'Keep recordings for',
        isRecordingStereo: 'Stereo recordings',
        appealWindowDays: 'Appeal window',
        outboundSurveyEnabled: 'Survey after outbound calls',
        surveyScale: 'Scale',
        surveyLabels: 'Score labels',
        requireSummaryBeforeReady: 'Summary before the next call',
        outboundCallerId: 'Outbound caller ID',
        homeRegion: 'Home country/region',
        allowInternational: 'Allow international calls',
        allowPremiumRate: 'Allow premium-rate numbers',
        maxConcurrentOutbound: 'Concurrent outbound calls',
        maxOutboundPerSecond: 'Outbound calls per second',
      },
      hints: {
        afterCallWorkSeconds:
          'Time agents get after each call to finish notes; no call is offered meanwhile, and agents may end it early by going idle. 0 gives none.',
        ringTimeoutSeconds:
          'A call ringing this long at one agent without an answer goes to the next idle agent (5–120 s).',
        maxMissedOffers:
          'An agent who leaves this many offered calls in a row unanswered is set not ready (“missed offers”), so callers stop waiting on them (1–20).',
        heartbeatTimeoutSeconds:
          'A workstation silent this long (network lost, browser closed) counts as offline and gets no calls (10–600 s).',
        announcePosition:
          'While all agents are busy, callers regularly hear how many callers are ahead of them.',
        announceIntervalSeconds: 'Time between two position announcements (10–600 s).',
        callbackEnabled:
          'A waiting caller may press the callback key and hang up; they keep their place and an agent calls them back.',
        callbackKey: 'The key callers press for a callback; say which one in your queue prompt.',
        requireSummaryBeforeReady:
          'Agents stay in after-call work after each answered call until they save its service summary; unanswered calls need none, and signing out always works.',
        recordingEnabled:
          'Answered calls are recorded, for playback in call records and quality inspection; turn it off for single skill groups under Skill groups. Tell callers that calls are recorded.',
        outboundRecordingEnabled: 'Whether calls agents dial out are recorded (needs Record calls on).',
        recordingRetentionDays:
          'Recordings older than this are deleted daily (1–3650 days), except those of calls under inspection or appeal, or still open to appeal. Leave empty to keep them for good.',
        isRecordingStereo:
          'Recordings have two channels: the customer on the left and the agent on the right, for speech analytics. Off: one channel with both mixed. Applies to calls recorded from now on.',
        appealWindowDays:
          'Days after an inspection is submitted during which the agent may appeal it (1–365). An inspection not appealed in time is final, and its recording may then be deleted by the retention period.',
        outboundSurveyEnabled:
          'When an agent hangs up a call they dialled, the customer stays on the line, hears the satisfaction survey system prompt and rates the call with a key; scores go to the satisfaction records and report.',
        surveyScale:
          'The caller scores with one key: 1 is the least satisfied, the top score the most (2 to 9 points). The survey after inbound calls is turned on per skill group under Skill groups. A new scale leaves past ratings as they were: they count on the scale they were given on.',
        surveyLabels:
          'What each score means, in Chinese and English (1–20 characters each), as the satisfaction records and report show it; tell callers what each key means in the satisfaction survey prompt.',
        outboundCallerId:
          'The number customers see on outbound calls: one of your company’s numbers (under Numbers). When empty, a company with one number shows that number; with several, agents cannot dial out until you choose one here. National or + international format.',
        homeRegion:
          'Numbers outside it count as international; numbers without a country code are read as of it.',
        allowInternational:
          'When off, agents can only dial numbers of the home country/region, which guards against costly mistakes and fraud.',
        allowPremiumRate: 'Premium-rate numbers charge high per-minute fees; rarely needed.',
        maxConcurrentOutbound:
          'Most outbound calls of the whole company at once; more are refused. 0 stops all outbound calls.',
        maxOutboundPerSecond:
          'Most outbound calls the company starts per second, so carriers do not throttle bulk dialling. 0 stops all outbound calls.',
      },
      callerIdPlaceholder: 'e.g. 02161234567 or +862161234567',
      changeRegion: 'Change it under Company',
    },
    reasons: {
      add: 'Add reason',
      addTitle: 'Add a not-ready reason',
      renameTitle: 'Rename not-ready reason',
      name: 'Name',
      namePlaceholder: 'e.g. Lunch, Coaching; up to 20 characters',
      order: 'Order',
      kind: 'Kind',
      kinds: { CUSTOM: 'Custom', SYSTEM: 'System' },
      systemHint: 'Set by the platform; cannot be changed or chosen',
      system: { MISSED_OFFERS: 'Missed offers', PHONE_UNREGISTERED: 'Phone not registered' },
      rename: 'Rename',
      moveUp: 'Move up',
      moveDown: 'Move down',
      confirmDelete:
        'Delete the not-ready reason “{name}”? Agents not ready for it stay so, but nobody can choose it any more.',
      intro:
        'Agents choose one of these reasons when they go not ready in the workstation; they get no calls meanwhile. System reasons are set by the platform when an agent misses calls or their phone drops.',
      readOnly: 'Only administrators can change not-ready reasons.',
      empty: 'No not-ready reasons yet',
      emptyHint: 'Add at least one reason (e.g. Break, Meeting) so agents can go not ready.',
    },
    numbers: {
      add: 'Add number',
      addTitle: 'Add a number',
      editTitle: 'Edit number',
      number: 'Number',
      numberPlaceholder: 'e.g. 4008001234, 02161234567 or +862161234567',
      numberHint:
        'Numbers without a country code are read as of the home region (under Company) and saved in international format.',
      description: 'Description',
      descriptionPlaceholder: 'e.g. Customer hotline',
      skillGroup: 'Calls go to skill group',
      skillGroupPlaceholder: 'Choose a skill group',
      noSkillGroup: 'Not set',
      noSkillGroupHint: 'Calls to a number without a skill group reach nobody; choose one soon.',
      noSkillGroups: 'No skill groups yet; create one on the Skill groups page first',
      addedAt: 'Added',
      confirmRemove: 'Remove {number}? Calls to it will no longer reach your company.',
      empty: 'No numbers yet',
      emptyHint:
        'Add the inbound numbers your carrier gave you (e.g. 400 or landline numbers) and choose the skill group each one’s calls go to.',
    },
    routing: {
      title: 'Call distribution',
      strategy: 'Strategy',
      strategies: {
        LONGEST_IDLE: 'Longest idle',
        ROUND_ROBIN: 'Round robin',
        FEWEST_CALLS: 'Fewest calls',
        PRIORITY: 'Priority',
      },
      strategyHints: {
        LONGEST_IDLE: 'The agent idle the longest gets the call: work is spread evenly over time.',
        ROUND_ROBIN: 'Agents take turns: the one offered a call the longest ago goes next.',
        FEWEST_CALLS: 'The agent who has answered the fewest calls today gets the call.',
        PRIORITY: 'The agent with the lowest priority number in the group; the longest idle among equals.',
      },
      maxWaitSeconds: 'Longest wait',
      maxWaitHint: 'Callers waiting longer than this overflow (10–7200 s).',
      maxQueueLength: 'Queue size',
      maxQueueHint: 'When this many callers wait, new callers overflow at once (1–10000).',
      overflowAction: 'Overflow',
      overflowActions: {
        SKILL_GROUP: 'Move to another skill group',
        MESSAGE_HANGUP: 'Play a busy message and hang up',
      },
      overflowSkillGroup: 'Overflow to',
      overflowSkillGroupPlaceholder: 'Another skill group of the same organisation',
      noOverflowTargets: 'No other skill group in this organisation',
      recording: 'Record calls',
      recordingHint:
        'When off, this group’s calls are not recorded; the company-wide switch is under Call handling.',
      postCallSurvey: 'Post-call survey',
      postCallSurveyHint:
        'When on, callers stay on the line after the agent hangs up, hear the satisfaction survey system prompt and rate the call with a key from 1 to 5; scores go to the satisfaction records and report.',
      seconds: 's',
      column: 'Strategy',
    },
  },
}
