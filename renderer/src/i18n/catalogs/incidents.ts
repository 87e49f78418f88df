import { defineCatalog } from '../../../../shared/i18n/define-catalog';

/**
 * What the first screen says of the incident journal: the dashboard's open incidents and last
 * problem, the way to support, and the navigation to the history and support views.
 */
export const incidentsCatalog = defineCatalog({
  'zh-CN': {
    'ui.nav.history': '故障记录',
    'ui.nav.support': '联系技术支持',
    'ui.incidents.heading': '故障记录',
    'ui.incidents.openCount': '{{count}} 个问题还没有解决',
    'ui.incidents.noneOpen': '目前没有未解决的问题。',
    'ui.incidents.since': '{{time}} 开始',
    'ui.incidents.last': '上次问题：{{title}}（{{time}}，{{status}}）',
    'ui.incidents.noLast': '还没有记录过问题。',
    'ui.incidents.practice': '（演练中：这里显示的是演练的记录）',
    'ui.incidents.toHistory': '查看全部故障记录',
    'ui.incidents.contactSupport': '联系技术支持',
    'ui.incidents.unknownFault': '已不再检查的问题',
  },
  en: {
    'ui.nav.history': 'Incident history',
    'ui.nav.support': 'Contact support',
    'ui.incidents.heading': 'Incidents',
    'ui.incidents.openCount': 'Problems not solved yet: {{count}}',
    'ui.incidents.noneOpen': 'No open problems right now.',
    'ui.incidents.since': 'since {{time}}',
    'ui.incidents.last': 'Last problem: {{title}} ({{time}}, {{status}})',
    'ui.incidents.noLast': 'No problem recorded yet.',
    'ui.incidents.practice': '(Drill running: these are the drill’s records)',
    'ui.incidents.toHistory': 'See every incident',
    'ui.incidents.contactSupport': 'Contact support',
    'ui.incidents.unknownFault': 'A problem no longer checked',
  },
});
