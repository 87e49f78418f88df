import { defineCatalog } from '../define-catalog';

/** Steps of the data guides: lost data, and backups that are old, failed, partial, unverified or never restored. */
export const guidesDataCatalog = defineCatalog({
  'zh-CN': {
    'guide.data.lost.1.do': '马上停止在这台电脑上开票、安装软件或复制大文件。',
    'guide.data.lost.1.why': '新写入的数据可能覆盖被删掉的数据，让它再也找不回来。',
    'guide.data.lost.1.warn': '在数据找回之前，不要再往这块硬盘写任何东西。',
    'guide.data.lost.2.do':
      '在开票卫士的“恢复”里选最近一次完整的备份，先恢复到一个新的空文件夹，请 IT 或财务负责人核对数据；确认无误后，再选择“恢复到原位置”。',
    'guide.data.lost.2.why':
      '从备份恢复最可靠，数据完整，也不用重新录入。先恢复到新文件夹，不会覆盖任何东西；恢复到原位置之前，开票卫士会先把现在的数据再备份一次。',
    'guide.data.lost.2.warn': '恢复到原位置前请先正常退出开票软件，不要在开票软件运行时替换它的数据。',
    'guide.data.lost.3.do': '没有可用的备份时，请 IT 用数据恢复软件尝试找回。',
    'guide.data.lost.3.why': '删除不久、硬盘没有被大量写入时，恢复软件常常能找回文件。',
    'guide.data.lost.3.warn': '不要把恢复软件安装到要恢复数据的那块硬盘上，找回的文件也要存到另一块硬盘。',
    'guide.data.lost.4.do': '联系开票软件服务商说明情况：已上传的发票可以从税务平台或服务商的服务器重新下载。',
    'guide.data.lost.4.why': '服务器上保留着已上传发票的记录。',
    'guide.backup.stale.1.do': '在开票卫士里点“立即备份”，等进度走完。',
    'guide.backup.stale.1.why': '一次新的完整备份马上把可以恢复到的时间点拉回到现在。',
    'guide.backup.stale.2.do':
      '如果备份没有成功，看“上次备份结果”里写的原因（备份盘没插、空间不够、文件被占用），按对应的提示处理。',
    'guide.backup.stale.2.why': '自动备份多半是被同一个原因挡住了，不解决还会再过期。',
    'guide.backup.stale.3.do':
      '请 IT 核对自动备份的时间：要在电脑开着的时候（例如午休），电脑常关机时开票卫士会在开机后补做。',
    'guide.backup.stale.3.why': '到点时电脑关着，备份就会一直推迟。',
    'guide.backup.failed.1.do':
      '看“上次备份结果”里写的原因：备份盘没插好就插上，网络盘连不上就先连上，空间不够就清理或换一块盘。',
    'guide.backup.failed.1.why': '备份失败时以前的备份都还在，只要排除原因，下一次就能成功。',
    'guide.backup.failed.2.do': '点“立即备份”再试一次。',
    'guide.backup.failed.2.why': '确认问题已经解决，并且马上有一份新的备份。',
    'guide.backup.failed.3.do': '还是失败时，把检查详情里的错误信息发给 IT。',
    'guide.backup.failed.3.why': '详情里有操作系统给出的原始错误，IT 据此能判断是权限、硬件还是网络问题。',
    'guide.backup.partial.1.do': '先在开票软件里正常退出（不要在任务管理器里强制结束），再做备份。',
    'guide.backup.partial.1.why': '开票软件运行时会占用它的数据库文件，这样的文件无法完整复制。',
    'guide.backup.partial.1.warn': '不要强制结束正在开票或正在写入的开票软件，数据库可能因此损坏。',
    'guide.backup.partial.2.do': '点“立即备份”，确认这次备份完整。',
    'guide.backup.partial.2.why': '完整的备份里才有全部数据，包括数据库本身。',
    'guide.backup.partial.3.do':
      '请 IT 把自动备份时间安排在不开票的时候（午休或下班前），并把不需要备份的临时文件加入排除列表。',
    'guide.backup.partial.3.why': '这样每天的自动备份都能完整。',
    'guide.backup.destination-missing.1.do':
      '插上备份用的 U 盘或移动硬盘，或连接网络盘，确认在“此电脑”（文件管理器）里能打开它。',
    'guide.backup.destination-missing.1.why': '备份盘连上后，开票卫士马上就能继续备份。',
    'guide.backup.destination-missing.2.do': '如果换了新的备份盘或网络盘地址变了，请 IT 修改策略里的备份位置。',
    'guide.backup.destination-missing.2.why': '开票卫士不会自动把备份写到别的地方，以免写满系统盘。',
    'guide.backup.destination-full.1.do': '在备份盘上删除与备份无关的文件，或换一块更大的盘。',
    'guide.backup.destination-full.1.why': '腾出空间后，下一次备份才能完成。',
    'guide.backup.destination-full.1.warn':
      '不要手动删除 InvoiceGuard-Backup 文件夹里的文件：旧备份会按保留规则自动清理，手动删除可能破坏所有备份。',
    'guide.backup.destination-full.2.do': '请 IT 调整保留规则（保留多少份、多少天），或给这台电脑另配一个备份位置。',
    'guide.backup.destination-full.2.why': '保留的份数越多，需要的空间越大。',
    'guide.backup.verify-failed.1.do': '不要删除任何备份，也先不要用这份有问题的备份恢复。',
    'guide.backup.verify-failed.1.why': '有问题的只是部分文件，其他备份可能还完好，IT 还需要它们。',
    'guide.backup.verify-failed.1.warn': '用损坏的备份覆盖现在的数据，会把错误的内容写进开票软件。',
    'guide.backup.verify-failed.2.do': '马上点“立即备份”，做一次新的备份，最好同时备份到另一个位置。',
    'guide.backup.verify-failed.2.why': '新的备份从现在的数据重新读取，不依赖损坏的那部分。',
    'guide.backup.verify-failed.3.do':
      '请 IT 检查备份盘（磁盘健康、换盘），然后重新校验（invoiceguard backup --verify）。',
    'guide.backup.verify-failed.3.why': '校验失败常常是盘在变坏，越早换盘越少丢数据。',
    'guide.backup.drill-overdue.1.do':
      '点“恢复演练”：开票卫士把最新的备份恢复到一个临时文件夹，核对每个文件，然后自动删除。',
    'guide.backup.drill-overdue.1.why': '演练不会动现在的数据，却能证明备份真的能恢复。',
    'guide.backup.drill-overdue.2.do': '看演练用了多长时间：这就是真出问题时恢复大约要多久（RTO），请 IT 记下来。',
    'guide.backup.drill-overdue.2.why': '知道恢复要多久，才能安排好月底等关键时候的应急方案。',
    'guide.backup.drill-failed.1.do': '看演练失败的原因：临时文件夹空间不够就先清理系统盘；备份盘找不到就先连上它。',
    'guide.backup.drill-failed.1.why': '多数演练失败的原因和备份本身无关，排除后就能通过。',
    'guide.backup.drill-failed.2.do': '再点一次“恢复演练”。',
    'guide.backup.drill-failed.2.why': '确认备份确实能恢复。',
    'guide.backup.drill-failed.3.do': '如果演练说有文件恢复出来不对，按“备份校验失败”处理：马上做一次新的备份。',
    'guide.backup.drill-failed.3.why': '恢复出来不对说明备份里的数据已经损坏。',
  },
  en: {
    'guide.data.lost.1.do': 'Stop invoicing, installing programs or copying large files on this computer right away.',
    'guide.data.lost.1.why': 'New data can overwrite what was deleted, so that it can never be recovered.',
    'guide.data.lost.1.warn': 'Until the data is back, write nothing more to this disk.',
    'guide.data.lost.2.do':
      'In InvoiceGuard’s Restore, choose the newest complete backup and restore it into a new, empty folder first; have IT or the finance lead check the data, and only then choose "restore to the original place".',
    'guide.data.lost.2.why':
      'Restoring a backup is the most reliable way: the data comes back complete, with nothing to retype. A new folder overwrites nothing; before restoring to the original place, InvoiceGuard backs up the current data once more.',
    'guide.data.lost.2.warn':
      'Close the invoicing software normally before restoring to the original place; never replace its data while it runs.',
    'guide.data.lost.3.do': 'If there is no usable backup, ask IT to try data recovery software.',
    'guide.data.lost.3.why':
      'When the deletion is recent and the disk has seen few writes since, recovery software often finds the files.',
    'guide.data.lost.3.warn':
      'Never install recovery software onto the disk you want to recover from, and save recovered files to a different disk.',
    'guide.data.lost.4.do':
      "Contact the invoicing software vendor: invoices that were uploaded can be downloaded again from the tax platform or the vendor's servers.",
    'guide.data.lost.4.why': 'The servers keep a record of every uploaded invoice.',
    'guide.backup.stale.1.do': 'Click "Back up now" in InvoiceGuard and wait until the progress completes.',
    'guide.backup.stale.1.why': 'A new complete backup brings the point you can recover to back to now.',
    'guide.backup.stale.2.do':
      'If the backup did not succeed, read the reason under "Last backup" (drive not plugged in, not enough space, files in use) and follow its advice.',
    'guide.backup.stale.2.why': 'The automatic backups were most likely stopped by the same cause, and will be again.',
    'guide.backup.stale.3.do':
      'Ask IT to check the time of the automatic backup: it must be when the computer is on (lunch time, for example); when the computer was off, InvoiceGuard catches up after it starts.',
    'guide.backup.stale.3.why': 'A backup due while the computer is off keeps being put off.',
    'guide.backup.failed.1.do':
      'Read the reason under "Last backup": plug in the backup drive, connect the network share, or free space or use a bigger drive.',
    'guide.backup.failed.1.why':
      'Every earlier backup is still there after a failure; once the cause is gone, the next one succeeds.',
    'guide.backup.failed.2.do': 'Click "Back up now" to try again.',
    'guide.backup.failed.2.why': 'It shows the problem is solved and gives you a new backup straight away.',
    'guide.backup.failed.3.do': 'If it still fails, send IT the error in the check’s details.',
    'guide.backup.failed.3.why':
      'The details hold the operating system’s own error, which tells IT whether it is permissions, hardware or the network.',
    'guide.backup.partial.1.do':
      'Close the invoicing software normally (not by ending it in the Task Manager), then back up.',
    'guide.backup.partial.1.why':
      'While the invoicing software runs it holds its database files open, and such files cannot be copied whole.',
    'guide.backup.partial.1.warn':
      'Never force-quit the invoicing software while it issues an invoice or writes: the database can be damaged.',
    'guide.backup.partial.2.do': 'Click "Back up now" and check that this backup is complete.',
    'guide.backup.partial.2.why': 'Only a complete backup holds all the data, the database included.',
    'guide.backup.partial.3.do':
      'Ask IT to schedule the automatic backup when nobody invoices (lunch, or before leaving) and to exclude temporary files that need no backup.',
    'guide.backup.partial.3.why': 'Then the daily automatic backup is complete.',
    'guide.backup.destination-missing.1.do':
      'Plug in the backup USB stick or external disk, or connect the network share, and check that it opens in the file manager.',
    'guide.backup.destination-missing.1.why': 'Once the drive is back, InvoiceGuard goes on backing up at once.',
    'guide.backup.destination-missing.2.do':
      'If the backup drive was replaced or the share’s address changed, ask IT to change the destination in the policy.',
    'guide.backup.destination-missing.2.why':
      'InvoiceGuard never writes backups somewhere else by itself, so it cannot fill the system disk by mistake.',
    'guide.backup.destination-full.1.do':
      'Delete files that are not backups from the backup drive, or use a bigger drive.',
    'guide.backup.destination-full.1.why': 'The next backup can only finish with room to write.',
    'guide.backup.destination-full.1.warn':
      'Never delete files inside the InvoiceGuard-Backup folder by hand: old backups are removed by the retention rules, and deleting by hand can break every backup.',
    'guide.backup.destination-full.2.do':
      'Ask IT to change the retention rules (how many backups, how many days) or to give this computer another destination.',
    'guide.backup.destination-full.2.why': 'The more backups are kept, the more space they need.',
    'guide.backup.verify-failed.1.do': 'Delete no backup, and do not restore from this damaged one for now.',
    'guide.backup.verify-failed.1.why': 'Only some files are affected; other backups may be whole, and IT needs them.',
    'guide.backup.verify-failed.1.warn':
      'Restoring a damaged backup over today’s data puts wrong content into the invoicing software.',
    'guide.backup.verify-failed.2.do':
      'Click "Back up now" to make a new backup right away, preferably to a second destination too.',
    'guide.backup.verify-failed.2.why':
      'A new backup reads today’s data afresh and does not depend on the damaged part.',
    'guide.backup.verify-failed.3.do':
      'Ask IT to check the backup drive (disk health, replace it) and then verify again (invoiceguard backup --verify).',
    'guide.backup.verify-failed.3.why':
      'Failed verification often means the drive is failing: the sooner it is replaced, the less is lost.',
    'guide.backup.drill-overdue.1.do':
      'Click "Restore drill": InvoiceGuard restores the newest backup to a temporary folder, checks every file and deletes it again.',
    'guide.backup.drill-overdue.1.why': 'The drill leaves today’s data alone and proves the backup really restores.',
    'guide.backup.drill-overdue.2.do':
      'Note how long the drill took: that is about how long a real recovery takes (the RTO); ask IT to record it.',
    'guide.backup.drill-overdue.2.why':
      'Knowing the recovery time lets you plan for the critical days, like month end.',
    'guide.backup.drill-failed.1.do':
      'Read why the drill failed: free space on the system disk if the temporary folder was full; connect the backup drive if it was not found.',
    'guide.backup.drill-failed.1.why':
      'Most drill failures have nothing to do with the backup itself and pass once fixed.',
    'guide.backup.drill-failed.2.do': 'Click "Restore drill" again.',
    'guide.backup.drill-failed.2.why': 'It shows the backup really restores.',
    'guide.backup.drill-failed.3.do':
      'If the drill says files came back wrong, treat it as a failed verification: make a new backup right away.',
    'guide.backup.drill-failed.3.why': 'Files that come back wrong mean the data in the backup is damaged.',
  },
});
