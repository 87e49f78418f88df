import { defineCatalog } from '../define-catalog';

export const diskCatalog = defineCatalog({
  'zh-CN': {
    'check.disk.space.name': '磁盘空间',
    'check.disk.space.ok': '剩余空间充足（最少的是 {{path}}：{{freeGiB}} GB，{{freePercent}}%）',
    'check.disk.space.low': '{{path}} 剩余空间不足：只剩 {{freeGiB}} GB',
    'check.disk.space.unreadable': '无法读取 {{path}} 的剩余空间（$t(source.problem.{{problem}})）',
    'check.disk.smart.name': '磁盘健康（SMART）',
    'check.disk.smart.ok': '{{count}} 块磁盘 SMART 自检通过',
    'check.disk.smart.failing': '{{device}} 的 SMART 自检报告磁盘即将损坏',
    'check.disk.smart.toolMissing': '没有安装磁盘健康工具 smartmontools，未检查磁盘健康（需要时请 IT 安装）',
    'check.disk.smart.noDisks': '没有能报告健康状况的磁盘（虚拟机、磁盘阵列卡或权限不足），未检查磁盘健康',
    'check.disk.smart.unreadable': '无法读取磁盘健康（$t(source.problem.{{problem}})）',
    'fault.disk.failing.title': '磁盘即将损坏',
    'fault.disk.failing.explain':
      '磁盘自检（SMART）报告这块盘快坏了。开票数据库和备份随时可能丢失：请立刻把开票数据备份到另一块盘或 U 盘，然后联系 IT 更换磁盘。',
    'fault.disk.low-space.title': '磁盘空间不足',
    'fault.disk.low-space.explain':
      '开票软件的数据库、日志和备份都要写磁盘。空间用尽时开票会失败，数据库还可能损坏。请先清理空间，再继续开票。',
  },
  en: {
    'check.disk.space.name': 'Disk space',
    'check.disk.space.ok': 'Enough free space (lowest is {{path}}: {{freeGiB}} GB, {{freePercent}}%)',
    'check.disk.space.low': '{{path}} is low on space: only {{freeGiB}} GB left',
    'check.disk.space.unreadable': 'Cannot read the free space of {{path}} ($t(source.problem.{{problem}}))',
    'check.disk.smart.name': 'Disk health (SMART)',
    'check.disk.smart.ok': 'Every disk passes its SMART self-assessment ({{count}} checked)',
    'check.disk.smart.failing': 'SMART on {{device}} says the disk is failing',
    'check.disk.smart.toolMissing': 'smartmontools is not installed, so disk health is not checked (IT can install it)',
    'check.disk.smart.noDisks':
      'No disk here reports its health (virtual machine, RAID controller or no permission): not checked',
    'check.disk.smart.unreadable': 'Cannot read disk health ($t(source.problem.{{problem}}))',
    'fault.disk.failing.title': 'Disk is failing',
    'fault.disk.failing.explain':
      'The disk’s self-assessment (SMART) says it is about to fail. The invoicing database and its backups can be lost at any moment: back the invoicing data up to another disk or a USB stick now, then ask IT to replace the disk.',
    'fault.disk.low-space.title': 'Disk space low',
    'fault.disk.low-space.explain':
      'The invoicing database, its logs and backups all write to disk. When it fills up, invoicing fails and the database can be damaged. Free some space before invoicing again.',
  },
});
