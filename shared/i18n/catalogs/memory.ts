import { defineCatalog } from '../define-catalog';

export const memoryCatalog = defineCatalog({
  'zh-CN': {
    'area.memory': '内存',
    'check.memory.available.name': '可用内存',
    'check.memory.available.ok': '可用内存 {{availableMiB}} MB（共 {{totalMiB}} MB）',
    'check.memory.available.low': '可用内存只剩 {{availableMiB}} MB（共 {{totalMiB}} MB）',
    'check.memory.available.pressure':
      '内存压力高：最近 10 秒有 {{pressure}}% 的时间在等内存（可用 {{availableMiB}} MB）',
    'check.memory.available.unreadable': '无法读取内存信息（$t(source.problem.{{problem}})）',
    'fault.memory.low.title': '可用内存不足',
    'fault.memory.low.explain':
      '电脑的可用内存快用完了，开票软件会变得很慢、卡住甚至崩溃，正在开的发票可能要重开。请关掉不用的程序（尤其是浏览器的多余标签页）。',
  },
  en: {
    'area.memory': 'Memory',
    'check.memory.available.name': 'Available memory',
    'check.memory.available.ok': '{{availableMiB}} MB available (of {{totalMiB}} MB)',
    'check.memory.available.low': 'Only {{availableMiB}} MB of memory available (of {{totalMiB}} MB)',
    'check.memory.available.pressure':
      'High memory pressure: tasks waited for memory {{pressure}}% of the last 10 s ({{availableMiB}} MB available)',
    'check.memory.available.unreadable': 'Cannot read memory information ($t(source.problem.{{problem}}))',
    'fault.memory.low.title': 'Low on memory',
    'fault.memory.low.explain':
      'The PC is running out of memory: the invoicing software slows down, hangs or crashes, and an invoice in progress may have to be redone. Close programs you do not need (browser tabs especially).',
  },
});
