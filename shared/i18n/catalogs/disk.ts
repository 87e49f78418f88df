import { defineCatalog } from '../define-catalog';

export const diskCatalog = defineCatalog({
  'zh-CN': {
    'check.disk.space.name': '磁盘空间',
    'check.disk.space.ok': '剩余空间充足（最少的是 {{path}}：{{freeGiB}} GB，{{freePercent}}%）',
    'check.disk.space.low': '{{path}} 剩余空间不足：只剩 {{freeGiB}} GB',
    'check.disk.space.unreadable': '无法读取 {{path}} 的空间：{{reason}}',
    'fault.disk.low-space.title': '磁盘空间不足',
    'fault.disk.low-space.explain':
      '开票软件的数据库、日志和备份都要写磁盘。空间用尽时开票会失败，数据库还可能损坏。请先清理空间，再继续开票。',
  },
  en: {
    'check.disk.space.name': 'Disk space',
    'check.disk.space.ok': 'Enough free space (lowest is {{path}}: {{freeGiB}} GB, {{freePercent}}%)',
    'check.disk.space.low': '{{path}} is low on space: only {{freeGiB}} GB left',
    'check.disk.space.unreadable': 'Cannot read free space of {{path}}: {{reason}}',
    'fault.disk.low-space.title': 'Disk space low',
    'fault.disk.low-space.explain':
      'The invoicing database, its logs and backups all write to disk. When it fills up, invoicing fails and the database can be damaged. Free some space before invoicing again.',
  },
});
