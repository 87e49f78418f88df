import { defineCatalog } from '../define-catalog';

/**
 * Titles and explanations of the faults raised by error codes and the calendar
 * (shared/faults/guide-faults.ts), and the step texts of device-guides.ts and data-guides.ts.
 */
export const guidesDeviceCatalog = defineCatalog({
  'zh-CN': {
    'fault.tax-device.cert-password.title': '证书口令错误',
    'fault.tax-device.cert-password.explain':
      '开票软件用证书口令打开税控设备里的数字证书。口令输错会扣减剩余次数，次数用完设备就会锁定，只能到主管税务机关解锁。错误代码的最后一位就是剩余的次数。',
    'fault.tax-device.clock.title': '税控设备时钟错误',
    'fault.tax-device.clock.explain':
      '税控设备有自己的时钟，发票日期和各种期限都以它为准。设备时钟出错时无法开票，而且电脑或网络校时改不了它，需要服务商或税务机关处理。',
    'fault.tax-device.offline-limit.title': '离线开票超限',
    'fault.tax-device.offline-limit.explain':
      '税控设备只允许在一定时间、张数和金额内离线开票。超过任何一项，或过了上传截止日期，设备就会停止开票，直到已开发票上传成功。',
    'fault.filing.not-reported.title': '本月尚未完成抄报和清卡',
    'fault.filing.not-reported.explain':
      '每个月开票之前，要先在征期内（通常是 1 日至 15 日，遇节假日顺延）完成抄报（上报汇总）和清卡（监控信息回传）。没有完成时，税控设备会拒绝开票（例如航信错误 248）；超过 90 天未报税，设备会被锁定。',
    'fault.printer.driver-crash.title': '一打印就蓝屏或死机',
    'fault.printer.driver-crash.explain':
      '每次打印发票时电脑蓝屏或死机，原因多半是打印机驱动与系统不兼容，有时是打印机型号太老。更新驱动通常能解决，必要时更换打印机。',
    'fault.software.patch-conflict.title': '软件版本过旧或补丁冲突',
    'fault.software.patch-conflict.explain':
      '系统更新、其他软件或补丁与开票软件冲突时，会出现界面卡顿、报错或无法操作。先更新到最新版本，仍不行再卸载冲突的部分并重装稳定版本。',
    'guide.tax-device.cert-password.1.do':
      '先停下，不要再试口令。看错误代码的最后一位，它是还剩几次机会（例如 0x0963c2 表示还能再试 2 次）。',
    'guide.tax-device.cert-password.1.why': '每输错一次都会少一次机会，先弄清还剩几次。',
    'guide.tax-device.cert-password.1.warn': '次数用完（代码以 c0 结尾）设备就会锁定，只能到主管税务机关解锁。',
    'guide.tax-device.cert-password.2.do':
      '向负责开票的同事或主管确认本单位设置的证书口令；输入前关闭大写锁定，并切换到英文半角输入法。',
    'guide.tax-device.cert-password.2.why': '大写锁定和全角输入法是口令“明明没错却不对”的常见原因。',
    'guide.tax-device.cert-password.3.do': '如果只剩 1 次机会，不要自己再试，先请服务商或主管确认口令。',
    'guide.tax-device.cert-password.3.why': '最后一次机会用掉，就只能去税务机关了。',
    'guide.tax-device.cert-password.4.do': '设备已经锁定时，带上税控设备和单位的相关证件，到主管税务机关办理解锁。',
    'guide.tax-device.cert-password.4.why': '锁定的设备只有税务机关能解开。',
    'guide.tax-device.clock.1.do': '先看电脑的日期和时间是否正确；不正确就先把它改对，再重新打开开票软件试一次。',
    'guide.tax-device.clock.1.why': '有的时钟报错其实来自电脑时间，这一步最容易解决。',
    'guide.tax-device.clock.2.do':
      '电脑时间正确仍然报时钟错误，说明是税控设备内部的时钟出了问题，电脑和网络都校准不了它。',
    'guide.tax-device.clock.2.why': '发票日期以设备时钟为准，设备时钟只能由服务商或税务机关处理。',
    'guide.tax-device.clock.3.do': '联系开票软件服务商或主管税务机关，请他们校准或更换设备。',
    'guide.tax-device.clock.3.why': '只有他们有权限和工具修改设备时钟。',
    'guide.tax-device.clock.3.warn': '不要把电脑时间改成设备显示的时间来继续开票：这会让发票日期和报税期出错。',
    'guide.tax-device.offline-limit.1.do': '先检查网络：看检查结果中网络和税务服务是否都能连通。',
    'guide.tax-device.offline-limit.1.why': '离线超限通常是因为很久没有联网上传发票。',
    'guide.tax-device.offline-limit.2.do': '在开票软件中把已开具但未上传的发票全部上传。',
    'guide.tax-device.offline-limit.2.why': '上传成功后，设备的离线时间、张数和金额会重新计算。',
    'guide.tax-device.offline-limit.2.warn': '上传过程中不要拔出税控设备、关闭软件或关机。',
    'guide.tax-device.offline-limit.3.do': '上传完成后重新登录开票软件；仍然提示超限时，用软件里的“发票修复”功能。',
    'guide.tax-device.offline-limit.3.why': '重新登录或修复会让设备从服务器更新离线限额。',
    'guide.tax-device.offline-limit.4.do': '还是不行时，请服务商测试安全接入服务器的连接。',
    'guide.tax-device.offline-limit.4.why': '上传要经过安全接入服务器，它连不上时上传不会成功。',
    'guide.filing.not-reported.1.do':
      '看“月末准备”页面：本月的征期和截止日期（通常 1 日至 15 日，遇节假日顺延）以及还剩几天。',
    'guide.filing.not-reported.1.why': '抄报和清卡必须在征期内完成，过了截止日期就要去税务机关处理。',
    'guide.filing.not-reported.2.do': '在开票软件中进行抄报（上报汇总）。完成后在这里标记本步已完成。',
    'guide.filing.not-reported.2.why': '抄报把上个月的开票汇总上传给税务机关，这是清卡的前提。',
    'guide.filing.not-reported.2.warn': '抄报过程中不要拔出税控设备、关闭开票软件或关机。',
    'guide.filing.not-reported.3.do': '抄报成功后进行清卡（监控信息回传）。完成后在这里标记本步已完成。',
    'guide.filing.not-reported.3.why': '清卡把税务机关的监控信息写回设备，设备才允许继续开票。',
    'guide.filing.not-reported.3.warn': '清卡过程中不要拔出税控设备、关闭开票软件或关机。',
    'guide.filing.not-reported.4.do': '点“重新检查”，确认本月的抄报和清卡都已记录。',
    'guide.filing.not-reported.4.why': '确认无误后，这个提醒就会消失。',
    'guide.filing.not-reported.5.do': '已经过了截止日期仍未完成时，尽快联系主管税务机关说明情况。',
    'guide.filing.not-reported.5.why': '逾期需要税务机关处理；超过 90 天未报税，设备会被锁定。',
  },
  en: {
    'fault.tax-device.cert-password.title': 'Certificate password wrong',
    'fault.tax-device.cert-password.explain':
      'The invoicing software opens the digital certificate in the tax device with the certificate password. Every wrong entry uses up a try; when none are left the device locks and only the tax office can unlock it. The last digit of the error code is the number of tries left.',
    'fault.tax-device.clock.title': 'Tax device clock wrong',
    'fault.tax-device.clock.explain':
      'The tax device keeps its own clock, which sets invoice dates and every deadline. When it is wrong you cannot invoice, and neither the PC clock nor network time can fix it: the vendor or the tax office must.',
    'fault.tax-device.offline-limit.title': 'Offline invoicing limit exceeded',
    'fault.tax-device.offline-limit.explain':
      'A tax device allows invoicing offline only up to a time, a number of invoices and an amount. Past any of them, or past the upload deadline, it stops invoicing until the issued invoices have been uploaded.',
    'fault.filing.not-reported.title': "This month's filing and clearing not done yet",
    'fault.filing.not-reported.explain':
      'Each month, before invoicing again, you must file the summary (抄报) and then clear the device (清卡) within the filing period, usually the 1st to the 15th and moved by public holidays. Until then the tax device refuses to invoice (for example Aisino error 248); after 90 days without filing it locks.',
    'fault.printer.driver-crash.title': 'Blue screen or freeze when printing',
    'fault.printer.driver-crash.explain':
      'When the computer shows a blue screen or freezes every time an invoice prints, the printer driver usually does not suit the system, and sometimes the printer model is too old. Updating the driver usually fixes it; otherwise replace the printer.',
    'fault.software.patch-conflict.title': 'Software too old or a patch conflict',
    'fault.software.patch-conflict.explain':
      'When a system update, another program or a patch clashes with the invoicing software, screens freeze, errors appear or nothing responds. Update to the latest version first; if that fails, remove what conflicts and reinstall a stable version.',
    'guide.tax-device.cert-password.1.do':
      'Stop and do not try the password again. Look at the last digit of the error code: it is the number of tries left (0x0963c2 means two more tries).',
    'guide.tax-device.cert-password.1.why': 'Each wrong entry costs a try, so first find out how many remain.',
    'guide.tax-device.cert-password.1.warn':
      'When no tries are left (the code ends in c0) the device locks and only the tax office can unlock it.',
    'guide.tax-device.cert-password.2.do':
      "Ask the colleague or manager responsible for invoicing for your company's certificate password; before typing, switch Caps Lock off and use the English half-width input method.",
    'guide.tax-device.cert-password.2.why':
      'Caps Lock and full-width input are the usual reasons a password that looks right is rejected.',
    'guide.tax-device.cert-password.3.do':
      'If only one try is left, do not try again yourself: have the vendor or your manager confirm the password first.',
    'guide.tax-device.cert-password.3.why': 'Once the last try is used, only the tax office can help.',
    'guide.tax-device.cert-password.4.do':
      "If the device is already locked, take it and your company's documents to the tax office that manages you to have it unlocked.",
    'guide.tax-device.cert-password.4.why': 'Only the tax office can unlock a locked device.',
    'guide.tax-device.clock.1.do':
      "First check the computer's date and time; if they are wrong, correct them and open the invoicing software again.",
    'guide.tax-device.clock.1.why': 'Some clock errors come from the PC clock, which is the easiest to fix.',
    'guide.tax-device.clock.2.do':
      "If the PC clock is right and the clock error remains, the tax device's own clock is at fault; neither the computer nor the network can set it.",
    'guide.tax-device.clock.2.why':
      'Invoice dates follow the device clock, which only the vendor or the tax office can correct.',
    'guide.tax-device.clock.3.do':
      'Contact the invoicing software vendor or the tax office to have the device clock corrected or the device replaced.',
    'guide.tax-device.clock.3.why': 'Only they have the rights and tools to change the device clock.',
    'guide.tax-device.clock.3.warn':
      "Do not set the PC clock to the device's time to keep invoicing: it puts wrong dates on invoices and filings.",
    'guide.tax-device.offline-limit.1.do':
      'Check the network first: in the check results, the network and the tax services should all be reachable.',
    'guide.tax-device.offline-limit.1.why':
      'Offline limits are usually exceeded because invoices have not been uploaded for a long time.',
    'guide.tax-device.offline-limit.2.do':
      'In the invoicing software, upload every invoice that was issued but not uploaded.',
    'guide.tax-device.offline-limit.2.why':
      'Once they are uploaded the device resets its offline time, count and amount.',
    'guide.tax-device.offline-limit.2.warn':
      'During the upload, do not pull out the tax device, close the software or shut down.',
    'guide.tax-device.offline-limit.3.do':
      'After the upload, log in to the invoicing software again; if it still reports the limit, use its "invoice repair" function.',
    'guide.tax-device.offline-limit.3.why':
      'Logging in again or repairing makes the device fetch its offline limits from the server.',
    'guide.tax-device.offline-limit.4.do':
      'If that does not help, ask the vendor to test the connection to the secure access server.',
    'guide.tax-device.offline-limit.4.why':
      'Uploads pass through the secure access server; if it cannot be reached they never succeed.',
    'guide.filing.not-reported.1.do':
      "Open the Month-end readiness page: it shows this month's filing period and deadline (usually the 1st to the 15th, moved by public holidays) and the days left.",
    'guide.filing.not-reported.1.why':
      'Filing and clearing must be done within the period; after the deadline the tax office must be involved.',
    'guide.filing.not-reported.2.do':
      'File the summary (抄报) in the invoicing software. When it succeeds, mark this step done here.',
    'guide.filing.not-reported.2.why':
      "Filing uploads last month's invoicing summary to the tax bureau and must come before clearing.",
    'guide.filing.not-reported.2.warn':
      'While filing, do not pull out the tax device, close the invoicing software or shut down.',
    'guide.filing.not-reported.3.do':
      'After filing succeeds, clear the device (清卡, monitoring data write-back). When it succeeds, mark this step done here.',
    'guide.filing.not-reported.3.why':
      "Clearing writes the tax bureau's monitoring data back to the device, after which it allows invoicing again.",
    'guide.filing.not-reported.3.warn':
      'While clearing, do not pull out the tax device, close the invoicing software or shut down.',
    'guide.filing.not-reported.4.do':
      'Press "Check again" to confirm both this month\'s filing and clearing are recorded.',
    'guide.filing.not-reported.4.why': 'Once confirmed, this reminder goes away.',
    'guide.filing.not-reported.5.do':
      'If the deadline has passed and it is still not done, contact the tax office that manages you as soon as possible.',
    'guide.filing.not-reported.5.why':
      'Late filing has to be handled by the tax office, and after 90 days without filing the device locks.',
  },
});
