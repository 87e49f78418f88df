import { builtInCatalog } from '../../devices/device-catalog';
import type { LocalName } from '../../devices/device-types';
import { defineCatalog } from '../define-catalog';

// A summary names a device with `$t(usb.device.{{device}})`: built-in catalog entries get a key
// each, generated below from the catalog data (shared/devices), in both languages; any other
// device (policy entries, class or string matches) uses `usb.device.unnamed`, its own `{{label}}`.
const deviceNames = (language: keyof LocalName): Record<string, string> =>
  Object.fromEntries([
    ['usb.device.unnamed', '{{label}}'],
    ...builtInCatalog.map((e) => [`usb.device.${e.id}`, `${e.vendor[language]} ${e.model[language]}`]),
  ]);

export const usbCatalog = defineCatalog({
  'zh-CN': {
    ...deviceNames('zh'),
    'area.usb': 'USB 设备',
    'check.usb.tax-device.name': '税控设备',
    'check.usb.printer.name': '发票打印机（USB）',
    'check.usb.card-reader.name': '读卡器',
    'check.usb.tax-device.found': '已连接：$t(usb.device.{{device}})（{{vidPid}}，端口 {{port}}）',
    'check.usb.tax-device.multiple': '同时连接了 {{count}} 个税控设备（{{where}}）。开票软件可能用错设备',
    'check.usb.found-several': '已连接 {{count}} 台：$t(usb.device.{{device}}) 等',
    'check.usb.tax-device.missing': '未发现税控设备（金税盘、税控盘或税务UKey）',
    'check.usb.tax-device.bank-key-instead':
      '未发现税控设备，但插着 $t(usb.device.{{device}})（{{vidPid}}）：这是银行U盾或 CA 数字证书，不是税控设备',
    'check.usb.tax-device.not-required': '这台电脑开具数电发票，不需要税控设备',
    'check.usb.printer.found': '已连接：$t(usb.device.{{device}})（{{vidPid}}，端口 {{port}}）',
    'check.usb.printer.found-adapter':
      '已连接：$t(usb.device.{{device}})（{{vidPid}}，端口 {{port}}），打印机接在转换器后面',
    'check.usb.printer.missing': '未发现 USB 打印机',
    'check.usb.printer.not-required': '未发现 USB 打印机（本机策略不要求）',
    'check.usb.card-reader.found': '已连接：$t(usb.device.{{device}})（{{vidPid}}，端口 {{port}}）',
    'check.usb.card-reader.missing': '未发现读卡器',
    'check.usb.card-reader.not-required': '未发现读卡器（本机策略不要求）',
    'check.usb.reconnecting':
      '$t(usb.device.{{device}}) 刚刚断开，正在等待重新连接（{{seconds}} 秒内插回算作一次重新插拔）',
    'check.usb.flapping': '$t(usb.device.{{device}}) 连接不稳定：{{windowSeconds}} 秒内断开了 {{disconnects}} 次',
    'check.usb.unavailable': '无法监视 USB 设备，不能确认税控设备是否连接',
    'check.usb.unreadable.zero-ids':
      '端口 {{port}} 上有一个无法识别的 USB 设备（厂商和产品编号都是 0），无法确定所需设备是否已连接',
    'check.usb.unreadable.no-configuration':
      '端口 {{port}} 上的 USB 设备（{{vidPid}}）没有可用的配置描述，无法识别，无法确定所需设备是否已连接',
    'check.usb.unreadable.descriptor-unreadable':
      '端口 {{port}} 上的 USB 设备（{{vidPid}}）的描述信息读不出来，无法识别，无法确定所需设备是否已连接',
    'fault.tax-device.missing.title': '未插税控设备',
    'fault.tax-device.missing.explain':
      '电脑上没有发现金税盘、税控盘或税务UKey。没有税控设备就不能开票。请确认设备插好，最好直接插在电脑后面的 USB 口上，不要经过 USB 集线器或延长线。',
    'fault.tax-device.multiple.title': '插了多个税控设备',
    'fault.tax-device.multiple.explain':
      '电脑上同时连接了两个或更多税控设备。开票软件可能会读到错误的那一个，开出的发票归属错误的纳税人或直接报错。只保留本次开票要用的那一个，拔掉其余的。',
    'fault.tax-device.bank-key-instead.title': '插的是银行U盾，不是税控设备',
    'fault.tax-device.bank-key-instead.explain':
      '电脑上插着银行U盾或CA证书Key，却没有税控设备。它们外形相似，很容易插错。请拔下U盾，插上金税盘、税控盘或税务UKey。',
    'fault.usb.flapping.title': 'USB 设备反复断开',
    'fault.usb.flapping.explain':
      '一个 USB 设备在短时间内多次断开又连上。常见原因是 USB 线或接口松动、前置面板接口接触不良，或 USB 集线器供电不足。开票或打印时断开可能导致失败甚至数据出错。请换一根线或换到电脑后面的接口，不要用无电源的集线器。',
    'fault.printer.usb-missing.title': '未连接 USB 打印机',
    'fault.printer.usb-missing.explain':
      '本机策略要求有一台 USB 发票打印机，但没有发现。请检查打印机是否开机、USB 线是否两端插好；如果打印机经 USB 转并口线连接，也要检查转换线。',
    'fault.card-reader.missing.title': '未连接读卡器',
    'fault.card-reader.missing.explain':
      '本机策略要求有一个读卡器，但没有发现。请确认读卡器已插好；换一个 USB 接口试试。',
  },
  en: {
    ...deviceNames('en'),
    'area.usb': 'USB devices',
    'check.usb.tax-device.name': 'Tax device',
    'check.usb.printer.name': 'Invoice printer (USB)',
    'check.usb.card-reader.name': 'Card reader',
    'check.usb.tax-device.found': 'Connected: $t(usb.device.{{device}}) ({{vidPid}}, port {{port}})',
    'check.usb.tax-device.multiple':
      '{{count}} tax devices are connected at once ({{where}}). The invoicing software may use the wrong one',
    'check.usb.found-several': '{{count}} connected: $t(usb.device.{{device}}) and more',
    'check.usb.tax-device.missing': 'No tax device found (Golden Tax Disk, tax control disk or Tax UKey)',
    'check.usb.tax-device.bank-key-instead':
      'No tax device found, but $t(usb.device.{{device}}) ({{vidPid}}) is plugged in: that is a bank U-shield or CA key, not a tax device',
    'check.usb.tax-device.not-required': 'This PC issues fully digital invoices: no tax device needed',
    'check.usb.printer.found': 'Connected: $t(usb.device.{{device}}) ({{vidPid}}, port {{port}})',
    'check.usb.printer.found-adapter':
      'Connected: $t(usb.device.{{device}}) ({{vidPid}}, port {{port}}); the printer is behind this adapter',
    'check.usb.printer.missing': 'No USB printer found',
    'check.usb.printer.not-required': 'No USB printer found (not required on this workstation)',
    'check.usb.card-reader.found': 'Connected: $t(usb.device.{{device}}) ({{vidPid}}, port {{port}})',
    'check.usb.card-reader.missing': 'No card reader found',
    'check.usb.card-reader.not-required': 'No card reader found (not required on this workstation)',
    'check.usb.reconnecting':
      '$t(usb.device.{{device}}) was just disconnected; waiting for it to come back (back within {{seconds}} s counts as one replug)',
    'check.usb.flapping':
      '$t(usb.device.{{device}}) keeps dropping out: {{disconnects}} disconnects within {{windowSeconds}} s',
    'check.usb.unavailable': 'Cannot watch USB devices, so the tax device cannot be confirmed',
    'check.usb.unreadable.zero-ids':
      'An unidentifiable USB device is on port {{port}} (vendor and product IDs are 0); cannot tell whether the required device is connected',
    'check.usb.unreadable.no-configuration':
      'The USB device on port {{port}} ({{vidPid}}) has no usable configuration and cannot be identified; cannot tell whether the required device is connected',
    'check.usb.unreadable.descriptor-unreadable':
      'The descriptors of the USB device on port {{port}} ({{vidPid}}) cannot be read; cannot tell whether the required device is connected',
    'fault.tax-device.missing.title': 'Tax device not plugged in',
    'fault.tax-device.missing.explain':
      'No Golden Tax Disk, tax control disk or Tax UKey is connected, and without one no invoice can be issued. Make sure it is plugged in, preferably straight into a port at the back of the PC rather than through a hub or extension cable.',
    'fault.tax-device.multiple.title': 'More than one tax device plugged in',
    'fault.tax-device.multiple.explain':
      'Two or more tax devices are connected at once. The invoicing software may read the wrong one, so invoices go out under the wrong taxpayer or fail. Keep only the device you are invoicing with and unplug the others.',
    'fault.tax-device.bank-key-instead.title': 'A bank key is plugged in instead of the tax device',
    'fault.tax-device.bank-key-instead.explain':
      'A bank U-shield or CA certificate key is connected but no tax device is. They look alike and are easily swapped. Unplug the bank key and plug in the Golden Tax Disk, tax control disk or Tax UKey.',
    'fault.usb.flapping.title': 'A USB device keeps disconnecting',
    'fault.usb.flapping.explain':
      'A USB device disconnected and reconnected several times in a short while. Usual causes are a loose cable or port, a worn front-panel port, or a USB hub without enough power. A drop while invoicing or printing can make it fail or corrupt data. Try another cable or a port at the back of the PC, and avoid unpowered hubs.',
    'fault.printer.usb-missing.title': 'USB printer not connected',
    'fault.printer.usb-missing.explain':
      'This workstation’s policy requires a USB invoice printer, but none was found. Check that the printer is switched on and the USB cable is plugged in at both ends; if it is connected through a USB-to-parallel cable, check the adapter too.',
    'fault.card-reader.missing.title': 'Card reader not connected',
    'fault.card-reader.missing.explain':
      'This workstation’s policy requires a card reader, but none was found. Make sure it is plugged in, and try another USB port.',
  },
});
