import { defineCatalog } from '../define-catalog';

export const systemCatalog = defineCatalog({
  'zh-CN': {
    'area.system': '系统',
    'check.system.os.name': '操作系统',
    'check.system.os.ok': '{{os}}，已连续运行 {{uptimeDays}} 天',
    'check.system.os.rebootPending': '{{os}}：有更新等待重启',
    'check.system.os.unreadable': '无法读取系统信息（$t(source.problem.{{problem}})）',
    'check.system.crashes.name': '意外关机与蓝屏',
    'check.system.crashes.ok': '最近 {{days}} 天系统日志里没有意外关机或蓝屏',
    'check.system.crashes.found': '最近 {{days}} 天有 {{count}} 次意外关机或蓝屏（最近一次：{{last}}）',
    'check.system.crashes.toolMissing': '没有系统日志工具，未检查意外关机和蓝屏',
    'check.system.crashes.unreadable': '无法读取系统日志（$t(source.problem.{{problem}})）',
    'check.security.status.name': '杀毒软件与防火墙',
    'check.security.status.ok': '杀毒软件和防火墙都已开启',
    'check.security.status.avOff': '没有开启的杀毒软件',
    'check.security.status.firewallOff': '防火墙没有全部打开：{{count}} 种网络下已关闭',
    'check.security.status.bothOff': '杀毒软件和防火墙都没有开启',
    'check.security.status.unreadable': '无法读取杀毒软件和防火墙的状态（$t(source.problem.{{problem}})）',
    'fault.system.recent-crash.title': '最近有意外关机或蓝屏',
    'fault.system.recent-crash.explain':
      '系统日志显示最近电脑意外断电、死机或蓝屏。开票时突然关机可能损坏开票数据库或造成发票状态不一致；反复出现说明有驱动、硬件或电源问题。',
    'fault.system.reboot-pending.title': '系统等待重启',
    'fault.system.reboot-pending.explain':
      '系统更新已经装好，需要重启才生效。不要在开票中途重启：先完成当前工作，再在空闲时重启。',
    'fault.security.av-off.title': '杀毒软件没有开启',
    'fault.security.av-off.explain':
      '这台电脑没有正在运行的杀毒防护。开票电脑连着税务平台和资金账户，病毒或勒索软件会造成数据丢失。',
    'fault.security.firewall-off.title': '防火墙已关闭',
    'fault.security.firewall-off.explain':
      'Windows 防火墙被关闭了。请重新开启，并只为开票软件需要的端口添加允许规则，而不是整个关掉防火墙。',
    'check.system.crashes.noHistory': '系统日志没有保存以前的开机记录，未检查意外关机和蓝屏',
  },
  en: {
    'area.system': 'System',
    'check.system.os.name': 'Operating system',
    'check.system.os.ok': '{{os}}, up for {{uptimeDays}} days',
    'check.system.os.rebootPending': '{{os}}: updates are waiting for a restart',
    'check.system.os.unreadable': 'Cannot read system information ($t(source.problem.{{problem}}))',
    'check.system.crashes.name': 'Unexpected shutdowns and blue screens',
    'check.system.crashes.ok': 'No unexpected shutdown or blue screen in the system log in the last {{days}} days',
    'check.system.crashes.found':
      '{{count}} unexpected shutdowns or blue screens in the last {{days}} days (latest: {{last}})',
    'check.system.crashes.toolMissing': 'No system log tool here: unexpected shutdowns and blue screens not checked',
    'check.system.crashes.unreadable': 'Cannot read the system log ($t(source.problem.{{problem}}))',
    'check.security.status.name': 'Antivirus and firewall',
    'check.security.status.ok': 'Antivirus and firewall are on',
    'check.security.status.avOff': 'No antivirus protection is on',
    'check.security.status.firewallOff': 'The firewall is not fully on: it is off for some network types ({{count}})',
    'check.security.status.bothOff': 'Neither antivirus nor firewall is on',
    'check.security.status.unreadable':
      'Cannot read the antivirus and firewall status ($t(source.problem.{{problem}}))',
    'fault.system.recent-crash.title': 'Recent unexpected shutdown or blue screen',
    'fault.system.recent-crash.explain':
      'The system log shows the PC recently lost power, froze or crashed with a blue screen. A sudden shutdown while invoicing can damage the invoicing database or leave invoices in an inconsistent state; repeated crashes point to a driver, hardware or power problem.',
    'fault.system.reboot-pending.title': 'Restart pending',
    'fault.system.reboot-pending.explain':
      'System updates are installed and need a restart to take effect. Do not restart in the middle of invoicing: finish your work, then restart when the PC is idle.',
    'fault.security.av-off.title': 'Antivirus is off',
    'fault.security.av-off.explain':
      'No antivirus protection is running on this PC. An invoicing PC talks to the tax platforms and handles company accounts; a virus or ransomware can lose your data.',
    'fault.security.firewall-off.title': 'Firewall is off',
    'fault.security.firewall-off.explain':
      'The Windows firewall is switched off. Switch it back on and allow only the ports the invoicing software needs, instead of turning the whole firewall off.',
    'check.system.crashes.noHistory': 'The system log keeps no earlier boots, so unexpected shutdowns are not checked',
  },
});
