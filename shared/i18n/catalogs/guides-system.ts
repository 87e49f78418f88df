import { defineCatalog } from '../define-catalog';

/** Step texts of the system guides (shared/guides/system-guides.ts). */
export const guidesSystemCatalog = defineCatalog({
  'zh-CN': {
    'guide.disk.low-space.1.do': '清空回收站，删掉“下载”文件夹里不需要的大文件，再用系统的“磁盘清理”清除临时文件。',
    'guide.disk.low-space.1.why': '这些地方最容易腾出空间，也不会影响开票。',
    'guide.disk.low-space.1.warn': '不要删除开票软件安装目录或数据目录里的任何文件，也不要删除备份。',
    'guide.disk.low-space.2.do': '把旧的开票备份复制到移动硬盘或网络盘，确认复制成功后，再从本机删除。',
    'guide.disk.low-space.2.why': '备份占空间大，挪到别处既腾出空间又多了一份副本。',
    'guide.disk.low-space.3.do': '卸载不再使用的软件。',
    'guide.disk.low-space.3.why': '不用的软件白白占着空间。',
    'guide.disk.failing.1.do': '马上用开票软件自带的备份功能备份开票数据，存到另一块硬盘或 U 盘上。',
    'guide.disk.failing.1.why': '硬盘已经报告健康问题，随时可能读不出来；先保住数据最要紧。',
    'guide.disk.failing.1.warn': '不要运行磁盘碎片整理或磁盘修复工具：它们会大量读写，加速硬盘损坏。',
    'guide.disk.failing.2.do': '确认备份文件存在、大小正常，最好在另一台电脑上能看到它。',
    'guide.disk.failing.2.why': '打不开的备份等于没有备份。',
    'guide.disk.failing.3.do': '请 IT 尽快更换硬盘，换好后由 IT 或服务商恢复开票软件和数据。',
    'guide.disk.failing.3.why': '出问题的硬盘修不好，只能更换。',
    'guide.memory.low.1.do': '关掉不用的程序和浏览器标签页，特别是视频和很大的表格。',
    'guide.memory.low.1.why': '内存不够时开票软件会变慢、卡死甚至闪退。',
    'guide.memory.low.2.do': '仍然不够时，保存工作、关闭开票软件，再用开始菜单重启电脑。',
    'guide.memory.low.2.why': '重启会释放所有被占用的内存。',
    'guide.memory.low.2.warn': '重启前确认开票软件没有在开具、抄报或清卡，也不要直接断电。',
    'guide.memory.low.3.do': '经常出现时，请 IT 检查内存条；老化的内存条也会导致死机和蓝屏。',
    'guide.memory.low.3.why': '月底蓝屏无法开票的情况，有时正是内存条老化引起的，换掉即可恢复。',
    'guide.clock.offset.1.do': '打开系统的“日期和时间”设置，开启“自动设置时间”，再点“立即同步”。',
    'guide.clock.offset.1.why': '电脑时间偏差太大时，开票软件会报“终端系统时间错误”，与税务平台的加密连接也会失败。',
    'guide.clock.offset.2.do': '单位网络不能同步时间时，请 IT 配置内网的时间服务器。',
    'guide.clock.offset.2.why': '有的单位网络屏蔽了外部时间服务器。',
    'guide.clock.offset.3.do':
      '请注意：税控设备有自己的时钟，发票日期以设备时钟为准，网络校时改不了它。电脑时间对了仍报时钟错误时，请按“税控设备时钟错误”的步骤处理。',
    'guide.clock.offset.3.why': '两个时钟是分开的，要分别处理。',
    'guide.clock.offset.3.warn': '不要故意把电脑时间调到过去或将来来“绕过”限制：这会打乱发票日期和报税期。',
    'guide.clock.timezone.1.do': '在“日期和时间”设置中把时区设为“(UTC+08:00) 北京”（Asia/Shanghai）。',
    'guide.clock.timezone.1.why': '时区不对时，电脑显示的时间看起来对，实际却差了几个小时。',
    'guide.clock.timezone.2.do': '关闭并重新打开开票软件。',
    'guide.clock.timezone.2.why': '开票软件通常只在启动时读取时区。',
    'guide.software.not-running.1.do': '从桌面图标打开开票软件并登录。',
    'guide.software.not-running.1.why': '开票软件没有运行，就没法开票，也没法上传。',
    'guide.software.not-running.2.do': '打不开或一打开就退出时，把报错内容记下来，然后用开始菜单重启电脑再试。',
    'guide.software.not-running.2.why': '重启能清除卡住的旧进程。',
    'guide.software.not-running.2.warn': '重启前确认税控设备没有在读写（指示灯不在闪），不要强制关机。',
    'guide.software.not-running.3.do': '请 IT 检查安全软件是否隔离或拦截了开票软件，并把它恢复、加入信任。',
    'guide.software.not-running.3.why': '安全软件有时会把开票软件的组件误当作威胁。',
    'guide.software.outdated.1.do': '在开票软件里用“在线升级”更新到最新版本，或从服务商官网下载安装包。',
    'guide.software.outdated.1.why': '旧版本常常因为税务平台的接口变化而无法上传或开票。',
    'guide.software.outdated.1.warn': '升级前先完成手头的开票并备份开票数据；升级过程中不要关机。',
    'guide.software.outdated.2.do': '升级后重新登录，查询几张已开的发票，确认软件工作正常。',
    'guide.software.outdated.2.why': '查询不会改动任何数据，是安全的验证办法。',
    'guide.software.patch-conflict.1.do': '记下问题从哪天开始，以及那前后装过哪些系统更新或软件。',
    'guide.software.patch-conflict.1.why': '冲突通常出现在最近一次安装之后，时间线能帮 IT 找到原因。',
    'guide.software.patch-conflict.2.do': '检查开票软件是不是最新版本，安装服务商发布的最新补丁。',
    'guide.software.patch-conflict.2.why': '服务商常会针对已知的兼容问题发布补丁。',
    'guide.software.patch-conflict.2.warn': '安装补丁前先备份开票数据。',
    'guide.software.patch-conflict.3.do':
      '仍有问题时，请 IT 卸载最近装上、与开票软件冲突的软件或补丁，再重新安装开票软件的稳定版本。',
    'guide.software.patch-conflict.3.why': '去掉冲突的部分，再装一个干净的版本。',
    'guide.software.patch-conflict.3.warn': '卸载或重装前先备份开票数据，并确认备份能打开。',
    'guide.software.patch-conflict.4.do': '按服务商的说明清理开票软件的缓存文件，并重新注册它的系统组件。',
    'guide.software.patch-conflict.4.why': '残留的缓存和未注册的组件会让重装后的软件继续出错。',
    'guide.system.recent-crash.1.do': '把死机或蓝屏的时间、当时在做的操作和屏幕上的错误代码记下来。',
    'guide.system.recent-crash.1.why': '这些信息是 IT 和服务商找原因的起点。',
    'guide.system.recent-crash.2.do': '以后电脑卡住时先等几分钟，再从开始菜单正常关机。',
    'guide.system.recent-crash.2.why': '正常关机能让开票数据库和税控设备把数据写完。',
    'guide.system.recent-crash.2.warn': '不要直接拔电源或长按电源键强制关机，尤其是税控设备正在读写的时候。',
    'guide.system.recent-crash.3.do': '经常发生时，请 IT 让电脑进入安全模式，用杀毒软件做一次全盘扫描。',
    'guide.system.recent-crash.3.why': '病毒和木马是系统不稳定的常见原因；安全模式下它们更难躲藏。',
    'guide.system.recent-crash.4.do':
      '请 IT 查看系统日志（Windows 事件查看器中的 Kernel-Power 41、BugCheck 1001 等），按错误代码处理；内存条或硬盘老化也会造成蓝屏。',
    'guide.system.recent-crash.4.why': '系统日志记录了每次崩溃的原因，能避免盲目尝试。',
    'guide.system.recent-crash.5.do': '问题依旧时，由 IT 从系统备份还原，或重装系统。',
    'guide.system.recent-crash.5.why': '系统文件损坏到一定程度，还原或重装最省时间。',
    'guide.system.recent-crash.5.warn': '还原或重装之前，先把开票数据备份到另一块硬盘上。',
    'guide.system.reboot-pending.1.do': '等今天的开票、抄报和清卡都完成后，保存工作并关闭开票软件。',
    'guide.system.reboot-pending.1.why': '系统更新要重启后才能装完，未装完的更新可能影响开票软件。',
    'guide.system.reboot-pending.2.do': '用开始菜单重启电脑，等更新安装完成。',
    'guide.system.reboot-pending.2.why': '重启后更新才会生效。',
    'guide.system.reboot-pending.2.warn': '安装更新的过程中不要断电或强制关机。',
    'guide.security.av-off.1.do': '打开 Windows 安全中心（或单位统一安装的杀毒软件），重新开启实时保护。',
    'guide.security.av-off.1.why': '财务电脑一旦中毒，开票数据和税控证书都有风险。',
    'guide.security.av-off.2.do': '如果开启后开票软件被拦截，请 IT 把开票软件加入信任列表，而不是关掉杀毒软件。',
    'guide.security.av-off.2.why': '加入信任既能正常开票，又保留了保护。',
    'guide.security.firewall-off.1.do': '在 Windows 安全中心里重新打开防火墙。',
    'guide.security.firewall-off.1.why': '没有防火墙，这台电脑会直接暴露在网络攻击下。',
    'guide.security.firewall-off.2.do': '如果打开防火墙后开票软件无法上传，请 IT 只放行开票软件所需的端口。',
    'guide.security.firewall-off.2.why': '只开放必要的端口，既能开票又安全。',
  },
  en: {
    'guide.disk.low-space.1.do':
      "Empty the Recycle Bin, delete large files you no longer need from Downloads, then run the system's Disk Cleanup for temporary files.",
    'guide.disk.low-space.1.why': 'These free the most space with no effect on invoicing.',
    'guide.disk.low-space.1.warn':
      "Do not delete anything in the invoicing software's program or data folders, and do not delete backups.",
    'guide.disk.low-space.2.do':
      'Copy old invoicing backups to an external or network drive, make sure the copy worked, then delete them from this computer.',
    'guide.disk.low-space.2.why': 'Backups are large; moving them frees space and leaves you with a second copy.',
    'guide.disk.low-space.3.do': 'Uninstall programs you no longer use.',
    'guide.disk.low-space.3.why': 'Unused programs take up space for nothing.',
    'guide.disk.failing.1.do':
      "Back up the invoicing data now with the invoicing software's own backup, onto another disk or a USB stick.",
    'guide.disk.failing.1.why':
      'The disk reports a health problem and may become unreadable at any time; saving the data comes first.',
    'guide.disk.failing.1.warn':
      'Do not run defragmentation or disk repair tools: their heavy reading and writing speeds up the failure.',
    'guide.disk.failing.2.do':
      'Check the backup file exists and has a sensible size, ideally by looking at it from another computer.',
    'guide.disk.failing.2.why': 'A backup that cannot be opened is no backup.',
    'guide.disk.failing.3.do':
      'Ask IT to replace the disk soon; IT or the vendor then restores the invoicing software and data.',
    'guide.disk.failing.3.why': 'A failing disk cannot be repaired, only replaced.',
    'guide.memory.low.1.do':
      'Close programs and browser tabs you are not using, especially videos and very large spreadsheets.',
    'guide.memory.low.1.why': 'Short of memory, the invoicing software slows down, freezes or quits.',
    'guide.memory.low.2.do':
      'If that is not enough, save your work, close the invoicing software and restart the computer from the Start menu.',
    'guide.memory.low.2.why': 'A restart frees all memory in use.',
    'guide.memory.low.2.warn':
      'Before restarting, make sure the invoicing software is not issuing, filing or clearing, and never just cut the power.',
    'guide.memory.low.3.do':
      'If it keeps happening, ask IT to check the memory modules; ageing memory also causes freezes and blue screens.',
    'guide.memory.low.3.why':
      'Month-end blue screens that stop invoicing have been traced to ageing memory; replacing it fixed them.',
    'guide.clock.offset.1.do':
      'Open the system\'s Date & time settings, turn on "Set time automatically" and press "Sync now".',
    'guide.clock.offset.1.why':
      'With the PC clock far off, the invoicing software reports a terminal time error and secure connections to the tax platform fail.',
    'guide.clock.offset.2.do': 'If the office network cannot sync the time, ask IT to set up an internal time server.',
    'guide.clock.offset.2.why': 'Some office networks block outside time servers.',
    'guide.clock.offset.3.do':
      'Note that the tax device keeps its own clock, which sets the invoice dates; network time cannot correct it. If the software still reports a clock error once the PC clock is right, follow the "tax device clock wrong" guide.',
    'guide.clock.offset.3.why': 'The two clocks are separate and are fixed separately.',
    'guide.clock.offset.3.warn':
      'Never set the PC clock to a past or future date to get around a limit: it mixes up invoice dates and filing periods.',
    'guide.clock.timezone.1.do': 'In Date & time settings, set the time zone to "(UTC+08:00) Beijing" (Asia/Shanghai).',
    'guide.clock.timezone.1.why': 'With the wrong time zone the clock can look right and still be hours off.',
    'guide.clock.timezone.2.do': 'Close the invoicing software and open it again.',
    'guide.clock.timezone.2.why': 'The invoicing software usually reads the time zone only when it starts.',
    'guide.software.not-running.1.do': 'Open the invoicing software from its desktop icon and log in.',
    'guide.software.not-running.1.why': 'Without the invoicing software running you can neither invoice nor upload.',
    'guide.software.not-running.2.do':
      'If it will not open or closes at once, write down the error, then restart the computer from the Start menu and try again.',
    'guide.software.not-running.2.why': 'A restart clears old processes that got stuck.',
    'guide.software.not-running.2.warn':
      'Before restarting, make sure the tax device is not reading or writing (its light is not flashing), and do not force a shutdown.',
    'guide.software.not-running.3.do':
      'Ask IT to check whether security software quarantined or blocked the invoicing software, and to restore and trust it.',
    'guide.software.not-running.3.why':
      'Security software sometimes mistakes parts of the invoicing software for threats.',
    'guide.software.outdated.1.do':
      'Use "Online upgrade" in the invoicing software to update to the latest version, or download the installer from the vendor\'s website.',
    'guide.software.outdated.1.why':
      'Old versions often cannot upload or invoice after the tax platform changes its interfaces.',
    'guide.software.outdated.1.warn':
      'Finish the invoice in hand and back up the invoicing data before upgrading; do not shut down during the upgrade.',
    'guide.software.outdated.2.do':
      'After the upgrade, log in again and look up a few issued invoices to confirm it works.',
    'guide.software.outdated.2.why': 'Looking invoices up changes no data, so it is a safe test.',
    'guide.software.patch-conflict.1.do':
      'Write down the day the problem started and which system updates or programs were installed around then.',
    'guide.software.patch-conflict.1.why':
      'Conflicts usually follow the latest installation; the timeline helps IT find the cause.',
    'guide.software.patch-conflict.2.do':
      "Check the invoicing software is the latest version and install the vendor's latest patch.",
    'guide.software.patch-conflict.2.why': 'Vendors often publish patches for known compatibility problems.',
    'guide.software.patch-conflict.2.warn': 'Back up the invoicing data before installing a patch.',
    'guide.software.patch-conflict.3.do':
      'If the problem stays, ask IT to uninstall the recently added program or patch that conflicts, then reinstall a stable version of the invoicing software.',
    'guide.software.patch-conflict.3.why': 'Remove what conflicts, then put back a clean version.',
    'guide.software.patch-conflict.3.warn':
      'Back up the invoicing data before uninstalling or reinstalling, and make sure the backup opens.',
    'guide.software.patch-conflict.4.do':
      "Following the vendor's instructions, clear the invoicing software's cache files and register its system components again.",
    'guide.software.patch-conflict.4.why':
      'Leftover caches and unregistered components keep a reinstalled program failing.',
    'guide.system.recent-crash.1.do':
      'Write down when the freeze or blue screen happened, what you were doing and any error code on screen.',
    'guide.system.recent-crash.1.why': 'These details are where IT and the vendor start looking for the cause.',
    'guide.system.recent-crash.2.do':
      'Next time the computer hangs, wait a few minutes, then shut down normally from the Start menu.',
    'guide.system.recent-crash.2.why':
      'A normal shutdown lets the invoicing database and the tax device finish writing.',
    'guide.system.recent-crash.2.warn':
      'Do not pull the plug or hold the power button to force it off, above all while the tax device is reading or writing.',
    'guide.system.recent-crash.3.do':
      'If it happens often, ask IT to start the computer in safe mode and run a full virus scan.',
    'guide.system.recent-crash.3.why':
      'Viruses and trojans are a common cause of instability, and hide less well in safe mode.',
    'guide.system.recent-crash.4.do':
      'Ask IT to read the system log (in Windows Event Viewer: Kernel-Power 41, BugCheck 1001 and the like) and act on the error codes; ageing memory or disks also cause blue screens.',
    'guide.system.recent-crash.4.why':
      'The system log records why each crash happened, which avoids blind trial and error.',
    'guide.system.recent-crash.5.do': 'If the problem stays, IT restores the system from a backup or reinstalls it.',
    'guide.system.recent-crash.5.why': 'Past a certain point of damage, restoring or reinstalling is the quickest fix.',
    'guide.system.recent-crash.5.warn': 'Before restoring or reinstalling, back up the invoicing data to another disk.',
    'guide.system.reboot-pending.1.do':
      "When today's invoicing, filing and clearing are done, save your work and close the invoicing software.",
    'guide.system.reboot-pending.1.why':
      'System updates finish installing only after a restart, and half-installed updates can upset the invoicing software.',
    'guide.system.reboot-pending.2.do': 'Restart the computer from the Start menu and let the updates finish.',
    'guide.system.reboot-pending.2.why': 'The updates take effect only after the restart.',
    'guide.system.reboot-pending.2.warn': 'Do not cut the power or force a shutdown while updates install.',
    'guide.security.av-off.1.do':
      'Open Windows Security (or the antivirus your company installed) and turn real-time protection back on.',
    'guide.security.av-off.1.why': 'An infected finance computer puts invoicing data and the tax certificate at risk.',
    'guide.security.av-off.2.do':
      'If the invoicing software is blocked once protection is on, ask IT to add it to the trusted list instead of turning the antivirus off.',
    'guide.security.av-off.2.why': 'Trusting the software keeps invoicing working and the protection on.',
    'guide.security.firewall-off.1.do': 'Turn the firewall back on in Windows Security.',
    'guide.security.firewall-off.1.why': 'Without a firewall this computer is exposed to attacks from the network.',
    'guide.security.firewall-off.2.do':
      'If the invoicing software cannot upload with the firewall on, ask IT to open only the ports it needs.',
    'guide.security.firewall-off.2.why':
      'Opening just the necessary ports keeps invoicing working and the computer safe.',
  },
});
