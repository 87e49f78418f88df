import { defineCatalog } from '../define-catalog';

export const clockCatalog = defineCatalog({
  'zh-CN': {
    'area.clock': '时间',
    'check.clock.offset.name': '电脑时间',
    'check.clock.offset.ok': '电脑时间准确（与 {{server}} 相差 {{offsetSeconds}} 秒）',
    'check.clock.offset.off': '电脑时间与 {{server}} 相差 {{offsetSeconds}} 秒',
    'check.clock.offset.notConfigured': '没有指定时间服务器，未检查电脑时间',
    'check.clock.offset.noAnswer': '时间服务器 {{server}} 在 {{seconds}} 秒内没有回应',
    'check.clock.offset.unreadable': '无法向时间服务器 {{server}} 查询时间（$t(source.problem.{{problem}})）',
    'check.clock.timezone.name': '时区',
    'check.clock.timezone.ok': '时区正确：{{zone}}',
    'check.clock.timezone.wrong': '时区是 {{zone}}（UTC{{offset}}），应为 {{expected}}（UTC{{expectedOffset}}）',
    'check.clock.timezone.notConfigured': '没有指定应有的时区，未检查时区',
    'check.clock.timezone.unreadable': '读不到这台电脑的时区',
    'fault.clock.offset.title': '电脑时间不准',
    'fault.clock.offset.explain':
      '电脑时间和时间服务器差得太多：证书登录、访问税务平台和开票软件都可能报“终端系统时间错误”。校准电脑时间即可解决。注意：金税盘、税控盘和税务UKey 有自己的时钟，发票日期和各种锁死期限都按设备时钟判断；校准电脑时间（NTP）改不了设备时钟，设备时钟错了需要找服务单位或税务机关。',
    'fault.clock.timezone.title': '时区设置不对',
    'fault.clock.timezone.explain':
      '电脑的时区不是北京时间（或策略要求的时区），显示的时间看起来对，实际时间却差了几个小时，开票软件和税务平台会因此出错。请把时区改回来，不要手动拨时间。',
  },
  en: {
    'area.clock': 'Clock',
    'check.clock.offset.name': 'PC clock',
    'check.clock.offset.ok': 'The PC clock is right (off by {{offsetSeconds}} s from {{server}})',
    'check.clock.offset.off': 'The PC clock is off by {{offsetSeconds}} s from {{server}}',
    'check.clock.offset.notConfigured': 'No time server is set, so the PC clock is not checked',
    'check.clock.offset.noAnswer': 'Time server {{server}} did not answer within {{seconds}} s',
    'check.clock.offset.unreadable': 'Cannot ask time server {{server}} for the time ($t(source.problem.{{problem}}))',
    'check.clock.timezone.name': 'Time zone',
    'check.clock.timezone.ok': 'Time zone is right: {{zone}}',
    'check.clock.timezone.wrong':
      'Time zone is {{zone}} (UTC{{offset}}); it should be {{expected}} (UTC{{expectedOffset}})',
    'check.clock.timezone.notConfigured': 'No expected time zone is set, so the time zone is not checked',
    'check.clock.timezone.unreadable': "Could not read this PC's time zone",
    'fault.clock.offset.title': 'PC clock is wrong',
    'fault.clock.offset.explain':
      'The PC clock is far from the time server: certificate logins, the tax platforms and the invoicing software can fail ("terminal system time error"). Setting the PC clock right fixes that. Note: the tax device (Golden Tax Disk, tax control disk, tax UKey) keeps its own clock, and invoice dates and every lock deadline follow the device clock. NTP cannot fix the device clock; if it is wrong, the vendor service or the tax office must.',
    'fault.clock.timezone.title': 'Wrong time zone',
    'fault.clock.timezone.explain':
      'The PC is not set to China Standard Time (or the zone the policy asks for): the clock looks right but the real time is hours off, and the invoicing software and the tax platforms fail. Set the time zone back; do not move the clock by hand.',
  },
});
