// Word material for the generated benchmark corpus: B2B sales topics in English and Chinese,
// in the vocabulary of the source method (customer relationship, decision chain, process selling).
// Templates use {brand} (customer name), {short} (its short name), {product}, {person}, {n}, {days}.

export interface TopicText {
  title: string;
  /** The phrase a rep would type to find this topic. */
  keyword: string;
  sentences: string[];
}

export interface Topic {
  key: string;
  en: TopicText;
  zh: TopicText;
}

export const TOPICS: Topic[] = [
  {
    key: 'price-objection',
    en: {
      title: 'Handling price objections',
      keyword: 'price objection',
      sentences: [
        'When procurement at {short} raises a price objection, restate the value before you talk about the number.',
        'A price objection is rarely about price alone; ask {person} what the budget has to cover this year.',
        'Never answer a price objection with a discount in the same meeting; trade concessions for commitments.',
      ],
    },
    zh: {
      title: '价格异议处理',
      keyword: '价格异议',
      sentences: [
        '{short}的采购提出价格异议时，先重申方案价值，再谈数字。',
        '价格异议往往不只是价格问题，要问清{person}今年的预算需要覆盖哪些事项。',
        '不要在同一次会议上用折扣回应价格异议，让步必须换取客户的承诺。',
      ],
    },
  },
  {
    key: 'negotiation',
    en: {
      title: 'Negotiation and the walk-away point',
      keyword: 'negotiation walk-away',
      sentences: [
        'Before the negotiation with {short}, agree internally on the walk-away point and the concessions you can trade.',
        'Write down the BATNA for both sides; {person} will test it in the second round of the negotiation.',
        'In a negotiation the first concession sets the pace, so keep it small and ask for something in return.',
      ],
    },
    zh: {
      title: '商务谈判与底线',
      keyword: '商务谈判',
      sentences: [
        '与{short}商务谈判之前，内部先统一谈判底线和可以交换的让步条件。',
        '写下双方的替代方案，{person}会在第二轮商务谈判中反复试探。',
        '商务谈判中第一次让步决定节奏，幅度要小，并且一定要换回对价。',
      ],
    },
  },
  {
    key: 'decision-chain',
    en: {
      title: 'Mapping the decision chain',
      keyword: 'decision chain',
      sentences: [
        'Map the decision chain at {short}: who signs, who influences, who can block, and who only reports.',
        'A decision chain changes after every reorganisation, so review it with {person} each quarter.',
        'Mark each person in the decision chain as supporter, neutral or opponent, and plan one action for each.',
      ],
    },
    zh: {
      title: '绘制客户决策链',
      keyword: '决策链',
      sentences: [
        '梳理{short}的决策链：谁拍板、谁影响、谁能否决、谁只负责汇报。',
        '每次组织调整后决策链都会变化，每个季度要和{person}一起复核。',
        '把决策链上每个人标记为支持者、中立者或反对者，并为每个人安排一个动作。',
      ],
    },
  },
  {
    key: 'customer-relationship',
    en: {
      title: 'Building the customer relationship',
      keyword: 'customer relationship',
      sentences: [
        'A customer relationship with {short} is a business partnership measured by whether shared goals are reached.',
        'Keep the customer relationship in the company, not in one rep: log every meeting with {person} in the CRM.',
        'Trust grows when the customer relationship is useful to the client, pleasant to maintain and honest.',
      ],
    },
    zh: {
      title: '客户关系拓展',
      keyword: '客户关系',
      sentences: [
        '与{short}的客户关系是基于商业目标的协同关系，体现在商业目标能否达成。',
        '客户关系要沉淀在公司而不是个人手里，每次拜访{person}都要记录到CRM。',
        '客户关系的核心是有趣、有用、有诚信，让客户觉得你值得信任。',
      ],
    },
  },
  {
    key: 'discovery',
    en: {
      title: 'Running a discovery call',
      keyword: 'discovery call',
      sentences: [
        'Open the discovery call with {short} by confirming the agenda and the outcome {person} expects.',
        'In a discovery call, spend two thirds of the time on questions about pains, impact and timing.',
        'End every discovery call with an agreed next step that has a date and an owner on both sides.',
      ],
    },
    zh: {
      title: '需求挖掘访谈',
      keyword: '需求挖掘',
      sentences: [
        '与{short}进行需求挖掘时，先确认议程以及{person}期望的结果。',
        '需求挖掘访谈中，三分之二的时间用来询问痛点、影响和时间节点。',
        '每次需求挖掘结束时都要约定下一步，明确日期和双方负责人。',
      ],
    },
  },
  {
    key: 'champion',
    en: {
      title: 'Developing a champion',
      keyword: 'champion coach',
      sentences: [
        'A champion at {short} sells for you when you are not in the room; give {person} the material to do it.',
        'Test your champion: ask for access to the economic buyer and see whether it happens within {days} days.',
        'A coach gives information, a champion takes risk for you; know which one you have.',
      ],
    },
    zh: {
      title: '发展内部教练',
      keyword: '内部教练',
      sentences: [
        '{short}内部的教练会在你不在场时替你说话，要给{person}准备好材料。',
        '检验内部教练的方法：请他引荐决策人，看{days}天内能否实现。',
        '内部教练提供信息，真正的支持者愿意为你承担风险，要分清你拥有的是哪一种。',
      ],
    },
  },
  {
    key: 'executive-visit',
    en: {
      title: 'Executive sponsor visits',
      keyword: 'executive sponsor',
      sentences: [
        'Bring an executive sponsor to {short} only with a clear ask and a one-page brief for both executives.',
        'An executive sponsor visit should end with a commitment from {person}, not only a friendly dinner.',
        'Prepare the executive sponsor with the decision chain, the open risks and the three messages to deliver.',
      ],
    },
    zh: {
      title: '高层拜访',
      keyword: '高层拜访',
      sentences: [
        '安排高层拜访{short}时，必须带着明确诉求和一页纸简报。',
        '高层拜访要以{person}的承诺收尾，而不只是一顿愉快的晚宴。',
        '高层拜访前，向领导介绍决策链、未决风险以及要传递的三条信息。',
      ],
    },
  },
  {
    key: 'tender',
    en: {
      title: 'Responding to a tender',
      keyword: 'tender response',
      sentences: [
        'Read the tender from {short} twice: once for the requirements and once for the disqualification clauses.',
        'A tender response that misses one mandatory document is rejected, however good the solution is.',
        'Influence the tender before it is published by sharing evaluation criteria with {person}.',
      ],
    },
    zh: {
      title: '投标与废标风险',
      keyword: '废标风险',
      sentences: [
        '{short}的招标文件要读两遍：一遍看需求，一遍看废标条款。',
        '标书漏掉任何一份必备文件都会导致废标，方案再好也没有用。',
        '在招标公告发布前，就要和{person}沟通评分标准，影响招标规则。',
      ],
    },
  },
  {
    key: 'proof-of-concept',
    en: {
      title: 'Running a proof of concept',
      keyword: 'proof of concept',
      sentences: [
        'Agree the success criteria of the proof of concept with {short} in writing before any installation.',
        'A proof of concept without a decision date is free consulting; ask {person} what happens if it succeeds.',
        'Limit the proof of concept to {days} days and three measurable outcomes.',
      ],
    },
    zh: {
      title: '概念验证POC',
      keyword: '概念验证',
      sentences: [
        '在安装之前，与{short}书面确认概念验证的成功标准。',
        '没有决策日期的概念验证等于免费咨询，要问{person}验证成功后会发生什么。',
        '概念验证控制在{days}天以内，只设三个可衡量的结果。',
      ],
    },
  },
  {
    key: 'reference-visit',
    en: {
      title: 'Reference site visits',
      keyword: 'reference visit',
      sentences: [
        'A reference visit lets {short} hear a peer, not a salesperson; choose a site with the same problem.',
        'Brief the host of the reference visit on what {person} worries about most.',
        'After the reference visit, write down the three things the client noticed and use them in the proposal.',
      ],
    },
    zh: {
      title: '样板点参观',
      keyword: '样板点参观',
      sentences: [
        '样板点参观让{short}听到同行的声音，要选择问题相同的样板客户。',
        '样板点参观前，向接待方介绍{person}最关心的问题。',
        '样板点参观后，记下客户关注的三件事，写进解决方案建议书。',
      ],
    },
  },
  {
    key: 'solution-presentation',
    en: {
      title: 'Presenting the solution',
      keyword: 'solution presentation',
      sentences: [
        'Start the solution presentation for {short} with their problem in their words, then show the outcome.',
        'Differentiate the solution with small innovations and service, not with the standard product alone.',
        'Rehearse the solution presentation with the pre-sales engineer and agree who answers which question from {person}.',
      ],
    },
    zh: {
      title: '解决方案呈现',
      keyword: '解决方案',
      sentences: [
        '向{short}呈现解决方案时，先用客户自己的话描述问题，再展示结果。',
        '差异化的解决方案等于同质化产品加差异化的小创新加软服务能力。',
        '呈现前和售前工程师演练，约定{person}提出的问题由谁回答。',
      ],
    },
  },
  {
    key: 'pipeline-review',
    en: {
      title: 'Weekly pipeline review',
      keyword: 'pipeline review',
      sentences: [
        'In the pipeline review, every opportunity at {short} needs a next step, a date and a named contact.',
        'The pipeline review is about evidence: what did {person} say or sign since last week?',
        'Move an opportunity back a stage in the pipeline review when the evidence is missing.',
      ],
    },
    zh: {
      title: '销售漏斗周例会',
      keyword: '销售漏斗',
      sentences: [
        '销售漏斗例会上，{short}的每个机会点都要有下一步、日期和具体联系人。',
        '销售漏斗复盘看证据：上周以来{person}说了什么、签了什么。',
        '证据缺失时，要把机会点在销售漏斗中退回上一阶段。',
      ],
    },
  },
  {
    key: 'forecast',
    en: {
      title: 'Forecast accuracy',
      keyword: 'forecast commit',
      sentences: [
        'Only commit the {short} deal in the forecast when the paperwork path is known.',
        'Forecast accuracy improves when each rep states the single risk that could move the close date.',
        'A forecast is a promise to the company; {person} must confirm the budget before it is committed.',
      ],
    },
    zh: {
      title: '销售预测准确率',
      keyword: '销售预测',
      sentences: [
        '只有明确了合同审批路径，{short}的项目才能计入销售预测承诺。',
        '每个销售说出可能推迟签约的唯一风险，销售预测准确率就会提高。',
        '销售预测是对公司的承诺，计入之前必须由{person}确认预算。',
      ],
    },
  },
  {
    key: 'contract',
    en: {
      title: 'Contract signing',
      keyword: 'contract signing',
      sentences: [
        'List every approval the {short} contract needs, with the owner and the usual duration.',
        'Legal review at {short} takes {days} days on average; start it before the final price is agreed.',
        'At contract signing, confirm the payment terms and the acceptance criteria with {person} again.',
      ],
    },
    zh: {
      title: '合同签订',
      keyword: '合同签订',
      sentences: [
        '列出{short}合同需要的所有审批环节、负责人和通常周期。',
        '{short}的法务审核平均需要{days}天，要在最终价格确定前启动。',
        '合同签订时，再次和{person}确认付款条件和验收标准。',
      ],
    },
  },
  {
    key: 'payment',
    en: {
      title: 'Collecting payment',
      keyword: 'payment collection',
      sentences: [
        'Payment collection starts at contract signing: know who approves invoices at {short}.',
        'Send the acceptance certificate to {person} the day the milestone is met, not at month end.',
        'Overdue payment is a relationship signal; call before you send a reminder.',
      ],
    },
    zh: {
      title: '回款管理',
      keyword: '回款管理',
      sentences: [
        '回款管理从合同签订就开始，要知道{short}由谁审批发票。',
        '里程碑达成当天就把验收单发给{person}，不要拖到月底。',
        '逾期回款是客户关系的信号，先打电话，再发催款函。',
      ],
    },
  },
  {
    key: 'account-plan',
    en: {
      title: 'Key account planning',
      keyword: 'account plan',
      sentences: [
        'The account plan for {short} lists their goals for the year, our opportunities and the people we must meet.',
        'Review the account plan with {person} so it reflects their priorities, not only ours.',
        'An account plan without named owners and dates is a wish list.',
      ],
    },
    zh: {
      title: '大客户规划',
      keyword: '大客户规划',
      sentences: [
        '{short}的大客户规划要列出客户年度目标、我们的机会点和必须拜访的人。',
        '和{person}一起复核大客户规划，使之体现客户的优先级。',
        '没有负责人和日期的大客户规划只是愿望清单。',
      ],
    },
  },
  {
    key: 'iron-triangle',
    en: {
      title: 'The iron triangle team',
      keyword: 'iron triangle',
      sentences: [
        'The iron triangle for {short} is the account manager, the solution expert and the delivery lead working as one team.',
        'In the iron triangle each role owns a part of the customer interface, so the relationship is thick, not thin.',
        'Brief the iron triangle together before meeting {person}; one voice, three specialties.',
      ],
    },
    zh: {
      title: '铁三角协同作战',
      keyword: '铁三角',
      sentences: [
        '{short}项目的铁三角由客户经理、解决方案专家和交付专家组成，作为一个团队作战。',
        '铁三角中每个角色负责一部分客户界面，把客户界面做厚。',
        '拜访{person}前，铁三角要一起准备，一个声音，三种专长。',
      ],
    },
  },
  {
    key: 'lead-qualification',
    en: {
      title: 'Qualifying a lead',
      keyword: 'lead qualification',
      sentences: [
        'Qualify the {short} lead on budget, authority, need and timing before you invest pre-sales time.',
        'A lead without a named sponsor stays a lead; ask {person} who else cares about the problem.',
        'Disqualify early and politely: it frees time for the opportunities you can win.',
      ],
    },
    zh: {
      title: '线索甄别与立项',
      keyword: '线索甄别',
      sentences: [
        '投入售前资源之前，按预算、权限、需求、时间对{short}的线索进行甄别。',
        '没有明确发起人的线索不能立项，要问{person}还有谁关心这个问题。',
        '尽早、礼貌地放弃不合格的线索，把时间留给能赢的机会点。',
      ],
    },
  },
  {
    key: 'competition',
    en: {
      title: 'Dealing with competitors',
      keyword: 'competitor strategy',
      sentences: [
        'Never criticise a competitor in front of {short}; ask which criteria matter and show where you are strong.',
        'Find out which competitor {person} met last and what impressed them.',
        'A competitor that is already installed wins ties; you need a clear reason for the client to change.',
      ],
    },
    zh: {
      title: '竞争对手应对',
      keyword: '竞争对手',
      sentences: [
        '不要在{short}面前贬低竞争对手，要问清评估标准并展示我们的优势。',
        '了解{person}最近见过哪家竞争对手，以及对方哪一点打动了客户。',
        '已经在用的竞争对手在平局时获胜，客户需要一个明确的更换理由。',
      ],
    },
  },
  {
    key: 'renewal',
    en: {
      title: 'Renewals and upsell',
      keyword: 'renewal upsell',
      sentences: [
        'Start the {short} renewal {days} days before expiry with a review of the value delivered.',
        'An upsell is easiest when {person} can show internal results from the first project.',
        'Renewal risk shows early: falling usage, a new sponsor, or unanswered emails.',
      ],
    },
    zh: {
      title: '续约与增购',
      keyword: '续约增购',
      sentences: [
        '{short}合同到期前{days}天启动续约，先复盘已经交付的价值。',
        '当{person}能在内部展示首期项目成果时，增购最容易推进。',
        '续约风险会提早显现：使用率下降、换了发起人或邮件无人回复。',
      ],
    },
  },
  {
    key: 'order-handling',
    en: {
      title: 'Order handling for coordinators',
      keyword: 'order coordinator',
      sentences: [
        'The order coordinator checks every {short} order against the contract before it reaches delivery.',
        'A wrong delivery address costs more trust than a late quote; confirm it with {person}.',
        'The order coordinator keeps the customer file current so any colleague can pick up the account.',
      ],
    },
    zh: {
      title: '跟单员订单处理',
      keyword: '跟单员',
      sentences: [
        '跟单员在{short}的订单进入交付前，要逐项核对合同。',
        '送货地址错误比报价晚一天更伤信任，要和{person}再次确认。',
        '跟单员持续更新客户档案，任何同事都能接手这个客户。',
      ],
    },
  },
  {
    key: 'coaching',
    en: {
      title: 'Coaching reps to the elite level',
      keyword: 'sales coaching',
      sentences: [
        'Sales coaching turns what the elite rep does at {short} into standard actions others can repeat.',
        'The goal of sales coaching is that an ordinary rep reaches eighty percent of an elite rep.',
        'Review one real call with each rep every week; {person} can join as the customer voice.',
      ],
    },
    zh: {
      title: '销售辅导与赋能',
      keyword: '销售赋能',
      sentences: [
        '销售赋能把精英销售在{short}的做法总结成可以复制的标准动作。',
        '销售赋能的目标是让普通销售达到精英销售百分之八十的水平。',
        '每周和每位销售复盘一次真实拜访，可以请{person}扮演客户。',
      ],
    },
  },
  {
    key: 'process-selling',
    en: {
      title: 'From elite selling to process selling',
      keyword: 'process selling',
      sentences: [
        'Process selling keeps the {short} account in the company when a star rep leaves.',
        'Elite selling relies on talent; process selling relies on standard actions, shared knowledge and clear roles.',
        'Measure process selling by how little the rotation of reps affects regional results.',
      ],
    },
    zh: {
      title: '从精英销售到流程型销售',
      keyword: '流程型销售',
      sentences: [
        '流程型销售让{short}这样的客户在明星销售离职后仍然留在公司。',
        '精英销售依赖天赋，流程型销售依赖标准动作、信息沉淀和清晰的角色模型。',
        '衡量流程型销售的标准是销售人员轮岗对区域业绩的影响程度。',
      ],
    },
  },
  {
    key: 'incentives',
    en: {
      title: 'Incentives for the sales team',
      keyword: 'sales incentives',
      sentences: [
        'Commission alone makes reps keep {short} to themselves; combine project bonuses and career paths.',
        'Sales incentives should reward team wins, so leaders share deals and train juniors.',
        'Review sales incentives each year with {person} from finance.',
      ],
    },
    zh: {
      title: '销售激励机制',
      keyword: '激励机制',
      sentences: [
        '只有提成制会让销售把{short}据为己有，要结合项目奖金和晋升通道。',
        '激励机制要奖励团队胜利，让领导愿意放单、培养下属。',
        '每年和财务的{person}一起复核激励机制。',
      ],
    },
  },
  {
    key: 'customer-information',
    en: {
      title: 'Keeping customer information',
      keyword: 'customer information',
      sentences: [
        'Customer information about {short} belongs in the shared database, not in one laptop.',
        'Record the decision power of {person} and their personal goals after each meeting.',
        'Customer information that is not written down is lost when the rep moves region.',
      ],
    },
    zh: {
      title: '客户信息沉淀',
      keyword: '信息沉淀',
      sentences: [
        '{short}的客户信息要沉淀到公司的客户关系管理信息库，而不是留在个人电脑里。',
        '每次拜访后记录{person}的决策力和个人诉求。',
        '没有沉淀的客户信息会在销售轮岗时流失。',
      ],
    },
  },
  {
    key: 'technical-exchange',
    en: {
      title: 'Technical exchange sessions',
      keyword: 'technical exchange',
      sentences: [
        'A technical exchange with the {short} IT team builds credibility with the people who will evaluate us.',
        'Bring an engineer who can say “I do not know, I will check” to the technical exchange.',
        'Send {person} the notes of the technical exchange within one day.',
      ],
    },
    zh: {
      title: '技术交流会',
      keyword: '技术交流',
      sentences: [
        '与{short}信息部门的技术交流能在评估人员中建立专业信誉。',
        '参加技术交流的工程师要敢于说“我不确定，会后确认”。',
        '技术交流结束一天内把纪要发给{person}。',
      ],
    },
  },
  {
    key: 'mutual-action-plan',
    en: {
      title: 'Mutual action plan',
      keyword: 'mutual action plan',
      sentences: [
        'Build the mutual action plan with {short} backwards from their go-live date.',
        'A mutual action plan names owners on both sides; {person} owns the internal approvals.',
        'Share the mutual action plan after each meeting and mark what slipped.',
      ],
    },
    zh: {
      title: '双方行动计划',
      keyword: '行动计划',
      sentences: [
        '从{short}的上线日期倒推，制定双方行动计划。',
        '行动计划要写明双方负责人，内部审批由{person}负责。',
        '每次会后共享行动计划，标出延误的事项。',
      ],
    },
  },
  {
    key: 'quotation',
    en: {
      title: 'Preparing the quotation',
      keyword: 'quotation pricing',
      sentences: [
        'Build the {short} quotation from the value case, then check margin with the regional manager.',
        'A quotation with options lets {person} choose instead of negotiating line by line.',
        'Quote validity of {days} days creates a natural deadline.',
      ],
    },
    zh: {
      title: '报价策略',
      keyword: '报价策略',
      sentences: [
        '{short}的报价要从价值测算出发，再与大区经理核对毛利。',
        '提供多个选项的报价让{person}做选择，而不是逐项砍价。',
        '报价有效期设为{days}天，自然形成截止时间。',
      ],
    },
  },
  {
    key: 'handover',
    en: {
      title: 'Account handover',
      keyword: 'account handover',
      sentences: [
        'An account handover at {short} takes three joint meetings, not one email.',
        'Introduce the new rep to {person} in person and hand over the open promises.',
        'A good account handover is the proof that the relationship belongs to the company.',
      ],
    },
    zh: {
      title: '客户交接',
      keyword: '客户交接',
      sentences: [
        '{short}的客户交接至少需要三次共同拜访，而不是一封邮件。',
        '当面把新销售介绍给{person}，并交接所有未兑现的承诺。',
        '顺利的客户交接证明客户关系属于公司。',
      ],
    },
  },
  {
    key: 'risk-review',
    en: {
      title: 'Deal risk review',
      keyword: 'deal risk',
      sentences: [
        'List the top three deal risks for {short} and the action that reduces each one.',
        'Silence from {person} for two weeks is a deal risk, not a pause.',
        'Escalate a deal risk early; managers can help only with what they know.',
      ],
    },
    zh: {
      title: '项目风险复盘',
      keyword: '风险复盘',
      sentences: [
        '列出{short}项目的三大风险以及降低每个风险的动作。',
        '{person}两周没有回应就是风险，而不是暂停。',
        '尽早升级风险，管理者只能帮助他们知道的事情。',
      ],
    },
  },
  {
    key: 'regional-management',
    en: {
      title: 'Regional management rhythm',
      keyword: 'regional manager',
      sentences: [
        'The regional manager reviews the {short} account plan monthly with the account team.',
        'A regional manager allocates pre-sales capacity to the opportunities with the best evidence.',
        'The regional manager meets {person} at least once a quarter.',
      ],
    },
    zh: {
      title: '大区经理管理节奏',
      keyword: '大区经理',
      sentences: [
        '大区经理每月与客户团队复盘{short}的大客户规划。',
        '大区经理把售前资源分配给证据最充分的机会点。',
        '大区经理每个季度至少拜访一次{person}。',
      ],
    },
  },
];

export const FILLER: Record<'en' | 'zh', string[]> = {
  en: [
    'The elite rep writes the next step into the CRM before leaving the parking lot.',
    'Standard actions make success repeatable across the team.',
    'Ask one more question than feels comfortable.',
    'Every promise made to the customer is recorded and kept.',
    'Prepare the meeting with the account team the day before.',
    'Summarise what you heard and let the customer correct you.',
    'The customer remembers how easy you were to work with.',
    'Bring data from similar customers, not adjectives.',
    'Check the organisation chart again after each meeting.',
    'Agree on the agenda by email and attach the materials.',
    'Silence after a question is useful; do not fill it.',
    'Confirm the decision process and the timeline in writing.',
    'Know the customer industry news of the last month.',
    'Good notes are short, dated and shared with the team.',
    'A meeting without a follow-up is a social visit.',
  ],
  zh: [
    '精英销售离开停车场之前就把下一步写进了CRM。',
    '标准动作让成功可以在团队中复制。',
    '比舒服的程度再多问一个问题。',
    '对客户的每个承诺都要记录并兑现。',
    '拜访前一天和客户团队一起做好准备。',
    '复述你听到的内容，让客户来纠正你。',
    '客户会记住和你合作有多省心。',
    '带上同类客户的数据，而不是形容词。',
    '每次拜访后重新核对组织架构图。',
    '用邮件确认议程，并附上相关材料。',
    '提问之后的沉默很有用，不要急着填满。',
    '书面确认决策流程和时间表。',
    '了解客户所在行业最近一个月的新闻。',
    '好的纪要简短、有日期，并与团队共享。',
    '没有后续跟进的拜访只是一次社交。',
  ],
};

export const BLOCK_TITLES: Record<'en' | 'zh', Record<'tactic' | 'pitfall' | 'example' | 'checklist', string[]>> = {
  en: {
    tactic: ['Trade, never give', 'Ask for the next step', 'Name the risk', 'Write it down', 'Meet the blocker'],
    pitfall: ['Discounting too early', 'Talking to one contact only', 'No date on the next step', 'Skipping the brief'],
    example: ['How the elite rep did it', 'A deal we lost', 'A deal we saved'],
    checklist: ['Before the meeting', 'After the meeting', 'Before you quote'],
  },
  zh: {
    tactic: ['交换而不是让步', '约定下一步', '点名风险', '写下来', '拜访反对者'],
    pitfall: ['过早打折', '只找一个联系人', '下一步没有日期', '跳过准备'],
    example: ['精英销售的做法', '丢单复盘', '挽回的项目'],
    checklist: ['拜访前检查', '拜访后检查', '报价前检查'],
  },
};

/** Syllables that combine into pronounceable, mostly unique English brand names. */
export const BRAND_SYLLABLES = {
  start: ['Cor', 'Zen', 'Kal', 'Nor', 'Vel', 'Tri', 'Ara', 'Bel', 'Dax', 'Elo', 'Fen', 'Gal', 'Hel', 'Ivo', 'Jur', 'Lum', 'Mar', 'Nex', 'Oro', 'Pax', 'Quin', 'Ros', 'Sol', 'Tav', 'Ul', 'Vor', 'Wex', 'Xan', 'Yor', 'Zar'],
  middle: ['van', 'tri', 'do', 'ra', 'mi', 'lex', 'co', 'ne', 'ta', 'vi', 'sa', 'ri', 'lo', 'pe', 'ga'],
  end: ['ta', 'on', 'ix', 'ia', 'is', 'ex', 'um', 'ar', 'en', 'os', 'ant', 'era'],
};

export const INDUSTRIES: Record<'en' | 'zh', string[]> = {
  en: ['Logistics', 'Medical', 'Energy', 'Manufacturing', 'Bank', 'Telecom', 'Retail', 'Insurance', 'Foods', 'Mining', 'Pharma', 'Airlines'],
  zh: ['物流', '医疗', '能源', '制造', '银行', '电信', '零售', '保险', '食品', '矿业', '医药', '航空'],
};

/** Characters that combine into two-character Chinese company names. */
export const ZH_BRAND_CHARS = '华信恒达中远金通安泰宏盛鑫源科创新明光博瑞嘉和天成海润永丰德隆汇联星辰东方长江正阳凯旋佳福万家兴业立诚志宇'.split('');

export const PRODUCTS: Record<'en' | 'zh', string[]> = {
  en: ['the WMS suite', 'the fleet platform', 'the analytics cloud', 'the payment gateway', 'the ERP upgrade'],
  zh: ['仓储管理系统', '车队管理平台', '数据分析云', '支付网关', 'ERP升级项目'],
};

export const PEOPLE: Record<'en' | 'zh', string[]> = {
  en: ['the CFO', 'the head of procurement', 'the IT director', 'the plant manager', 'Ms. Chen', 'Mr. Novak', 'the COO'],
  zh: ['财务总监', '采购部长', '信息中心主任', '厂长', '陈总', '李总', '运营副总'],
};

export const TAGS: Record<'en' | 'zh', string[]> = {
  en: ['key-account', 'negotiation', 'public-sector', 'enterprise', 'mid-market', 'renewal', 'new-logo', 'channel'],
  zh: ['大客户', '谈判', '政企', '招投标', '中型客户', '续约', '新客户', '渠道'],
};

export const STAGES = ['lead', 'discovery', 'solution', 'proposal', 'negotiation', 'closing', 'delivery'];
