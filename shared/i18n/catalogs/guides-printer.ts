import { defineCatalog } from '../define-catalog';

/** Step texts of the printer guides (shared/guides/printer-guides.ts). */
export const guidesPrinterCatalog = defineCatalog({
  'zh-CN': {
    'guide.printer.offline.1.do': '打开打印机电源，检查是否有纸、盖子是否合好、有没有卡纸。',
    'guide.printer.offline.1.why': '缺纸、开盖和卡纸都会让打印机显示脱机。',
    'guide.printer.offline.2.do': '检查打印机的数据线（或网线）两头都插紧。',
    'guide.printer.offline.2.why': '线松了，电脑就联系不上打印机。',
    'guide.printer.offline.3.do': '在系统的“打印机和扫描仪”中打开发票打印机，取消勾选“脱机使用打印机”。',
    'guide.printer.offline.3.why': '手动设为脱机后，打印任务只会排队，不会打印。',
    'guide.printer.paused.1.do': '打开发票打印机的打印队列，看看排着哪些发票，确认每一张都还需要打印。',
    'guide.printer.paused.1.why': '队列一恢复，排着的发票会全部打出来；先删掉不需要的，避免重复打印。',
    'guide.printer.paused.1.warn': '恢复之前先确认发票纸的位置放对了，否则排队的发票会全部打偏，浪费发票纸。',
    'guide.printer.paused.2.do': '在队列窗口选择“继续”（Linux：在打印设置里启用该打印机），然后点“重新检查”。',
    'guide.printer.paused.2.why': '队列暂停时，发票只会排队，不会打印。',
    'guide.printer.jobs-stuck.1.do': '打开发票打印机的队列，看是哪一张卡住了，把发票号码记下来。',
    'guide.printer.jobs-stuck.1.why': '之后要核对这张发票有没有打出来，避免重复打印。',
    'guide.printer.jobs-stuck.2.do': '检查打印机：开着电源、有纸、没有卡纸、没有脱机。',
    'guide.printer.jobs-stuck.2.why': '任务卡住多半是因为打印机本身停了下来。',
    'guide.printer.jobs-stuck.3.do': '在队列中取消卡住的任务，然后从开票软件里重新打印这张发票。',
    'guide.printer.jobs-stuck.3.why': '卡住的任务会挡住后面所有的发票。',
    'guide.printer.jobs-stuck.3.warn': '先确认这张发票确实没有打出来再重打。取消打印任务不会作废发票，发票仍然有效。',
    'guide.printer.jobs-stuck.4.do': '任务删不掉时，请 IT 重启打印服务（Windows 的 Print Spooler，Linux 的 CUPS）。',
    'guide.printer.jobs-stuck.4.why': '打印服务本身卡住时，只能重启它才能清掉任务。',
    'guide.printer.not-found.1.do': '确认发票打印机已经打开，并且连在这台电脑上。',
    'guide.printer.not-found.1.why': '关着的或没连上的打印机不会出现在系统里。',
    'guide.printer.not-found.2.do': '在系统的打印机列表里找发票打印机；找不到时，请 IT 用这台打印机的驱动重新添加。',
    'guide.printer.not-found.2.why': '系统更新或驱动损坏可能把打印机从列表里删掉。',
    'guide.printer.not-found.3.do': '如果打印机改过名字，请 IT 在策略文件里更新发票打印机的名称。',
    'guide.printer.not-found.3.why': '检查程序按策略里的名称找打印机。',
    'guide.printer.no-default.1.do': '在“打印机和扫描仪”中把发票打印机设为默认打印机。',
    'guide.printer.no-default.1.why': '很多开票软件直接把发票发到默认打印机。',
    'guide.printer.no-default.2.do': '在 Windows 10/11 中关闭“让 Windows 管理默认打印机”。',
    'guide.printer.no-default.2.why': '开着这个选项时，默认打印机会跟着最近用过的打印机变来变去。',
    'guide.printer.driver-crash.1.do':
      '记下蓝屏或死机的时间和打印的是哪张发票。电脑重新启动后，先在开票软件里查这张发票是否已开具成功。',
    'guide.printer.driver-crash.1.why': '发票可能已经开具但没有打出来；先查清楚，避免重复开票。',
    'guide.printer.driver-crash.1.warn':
      '电脑卡住时不要直接拔电源：先等几分钟。税控设备正在写入时断电或强制关机，可能损坏数据。',
    'guide.printer.driver-crash.2.do': '请 IT 从打印机厂商官网下载这个型号的最新驱动，先卸载旧驱动再安装。',
    'guide.printer.driver-crash.2.why': '一打印就蓝屏，多半是打印机驱动与系统不兼容。',
    'guide.printer.driver-crash.3.do': '换上新驱动后，先打印一张测试页，再打印发票。',
    'guide.printer.driver-crash.3.why': '用测试页验证，不会浪费发票纸。',
    'guide.printer.driver-crash.4.do': '换了驱动仍然蓝屏时，考虑换一台开票软件服务商推荐型号的打印机。',
    'guide.printer.driver-crash.4.why': '有些老型号在新系统上没有稳定的驱动。',
  },
  en: {
    'guide.printer.offline.1.do':
      'Switch the printer on and check it has paper, its cover is closed and nothing is jammed.',
    'guide.printer.offline.1.why': 'No paper, an open cover or a jam all make a printer report offline.',
    'guide.printer.offline.2.do': "Check both ends of the printer's data (or network) cable are firmly plugged in.",
    'guide.printer.offline.2.why': 'With a loose cable the computer cannot reach the printer.',
    'guide.printer.offline.3.do':
      'In the system\'s "Printers & scanners", open the invoice printer and untick "Use printer offline".',
    'guide.printer.offline.3.why': 'A printer set offline by hand only queues jobs, it never prints them.',
    'guide.printer.paused.1.do':
      "Open the invoice printer's queue, look at the invoices waiting and make sure each one still needs printing.",
    'guide.printer.paused.1.why':
      'Once the queue resumes, every waiting invoice prints; removing the unwanted ones first avoids printing twice.',
    'guide.printer.paused.1.warn':
      'Before resuming, check the invoice paper is loaded in the right position, or the whole queue prints misaligned and wastes invoice forms.',
    'guide.printer.paused.2.do':
      'Choose "Resume" in the queue window (Linux: enable the printer in the print settings), then press "Check again".',
    'guide.printer.paused.2.why': 'While the queue is paused, invoices wait and never print.',
    'guide.printer.jobs-stuck.1.do':
      "Open the invoice printer's queue, find the job that is stuck and write down the invoice number.",
    'guide.printer.jobs-stuck.1.why':
      'You will need to check later whether it printed, so that it is not printed twice.',
    'guide.printer.jobs-stuck.2.do': 'Check the printer: powered on, paper loaded, no jam, not offline.',
    'guide.printer.jobs-stuck.2.why': 'A stuck job usually means the printer itself has stopped.',
    'guide.printer.jobs-stuck.3.do':
      'Cancel the stuck job in the queue, then print that invoice again from the invoicing software.',
    'guide.printer.jobs-stuck.3.why': 'A stuck job blocks every invoice behind it.',
    'guide.printer.jobs-stuck.3.warn':
      'Reprint only once you are sure it did not print. Cancelling a print job does not void the invoice; it stays valid.',
    'guide.printer.jobs-stuck.4.do':
      'If the job cannot be deleted, ask IT to restart the print service (Print Spooler on Windows, CUPS on Linux).',
    'guide.printer.jobs-stuck.4.why': 'When the print service itself hangs, only restarting it clears the jobs.',
    'guide.printer.not-found.1.do': 'Make sure the invoice printer is switched on and connected to this computer.',
    'guide.printer.not-found.1.why': 'A printer that is off or disconnected does not appear in the system.',
    'guide.printer.not-found.2.do':
      "Look for the invoice printer in the system's printer list; if it is missing, ask IT to add it again with its driver.",
    'guide.printer.not-found.2.why': 'A system update or a broken driver can remove a printer from the list.',
    'guide.printer.not-found.3.do':
      'If the printer was renamed, ask IT to update the invoice printer name in the policy file.',
    'guide.printer.not-found.3.why': 'The checker looks for the printer by the name in the policy.',
    'guide.printer.no-default.1.do': 'In "Printers & scanners", make the invoice printer the default printer.',
    'guide.printer.no-default.1.why': 'Many invoicing programs send invoices straight to the default printer.',
    'guide.printer.no-default.2.do': 'On Windows 10/11, switch off "Let Windows manage my default printer".',
    'guide.printer.no-default.2.why':
      'With that option on, the default printer changes to whichever printer was used last.',
    'guide.printer.driver-crash.1.do':
      'Write down when the blue screen or freeze happened and which invoice was printing. After the restart, first check in the invoicing software whether that invoice was issued.',
    'guide.printer.driver-crash.1.why':
      'The invoice may have been issued without being printed; checking first avoids issuing it twice.',
    'guide.printer.driver-crash.1.warn':
      'If the computer hangs, do not pull the plug: wait a few minutes first. Cutting power or forcing a shutdown while the tax device is writing can damage its data.',
    'guide.printer.driver-crash.2.do':
      "Ask IT to download the latest driver for this printer model from the maker's website, uninstall the old driver, then install the new one.",
    'guide.printer.driver-crash.2.why':
      'A blue screen every time you print is most often a printer driver that does not suit the system.',
    'guide.printer.driver-crash.3.do': 'With the new driver, print a test page before printing invoices.',
    'guide.printer.driver-crash.3.why': 'A test page proves the fix without wasting invoice forms.',
    'guide.printer.driver-crash.4.do':
      'If it still crashes with the new driver, consider a printer model the invoicing software vendor recommends.',
    'guide.printer.driver-crash.4.why': 'Some older models have no stable driver for newer systems.',
  },
});
