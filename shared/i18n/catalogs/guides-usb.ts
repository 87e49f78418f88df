import { defineCatalog } from '../define-catalog';

/** Step texts of the USB guides (shared/guides/usb-guides.ts). */
export const guidesUsbCatalog = defineCatalog({
  'zh-CN': {
    'guide.tax-device.missing.1.do':
      '先看开票软件在做什么。如果它正在抄报、清卡或开具发票，请等它完成；把屏幕上的提示和当前时间记下来。',
    'guide.tax-device.missing.1.why': '设备在写入时被拔出，里面的数据可能写了一半，之后往往要请服务商或税务机关处理。',
    'guide.tax-device.missing.1.warn': '税控设备正在读写时，不要拔设备，也不要关机或断电。',
    'guide.tax-device.missing.2.do':
      '把税控设备直接插在主机背面的 USB 口上，不要经过延长线或集线器，看设备指示灯是否亮起。',
    'guide.tax-device.missing.2.why': '前面板接口和没有外接电源的集线器常常供电不足，设备就会时有时无。',
    'guide.tax-device.missing.3.do': '换一个 USB 口（有条件的话换一根线）重新插好，等十秒钟后点“重新检查”。',
    'guide.tax-device.missing.3.why': '接口或线缆坏了的时候，换一个就能排除。',
    'guide.tax-device.missing.4.do': '关闭开票软件，再重新打开并登录。',
    'guide.tax-device.missing.4.why': '不少开票软件只在启动时寻找设备，设备重新插上后它未必知道。',
    'guide.tax-device.multiple.1.do': '对照设备上的税号标签，找出本机开票该用的那一个税控设备。',
    'guide.tax-device.multiple.1.why':
      '同时插着两个税控设备时，开票软件可能用错设备，发票开不出来，甚至开在别的纳税人名下。',
    'guide.tax-device.multiple.2.do': '先关闭开票软件，再拔下本机不用的那个设备。',
    'guide.tax-device.multiple.2.why': '只留一个设备，开票软件就不会选错。',
    'guide.tax-device.multiple.2.warn': '开票软件还在使用设备时不要拔，先关闭软件。',
    'guide.tax-device.multiple.3.do': '重新打开开票软件并登录，核对界面上显示的纳税人名称和税号。',
    'guide.tax-device.multiple.3.why': '确认用的是正确的设备，再开票。',
    'guide.tax-device.bank-key-instead.1.do': '看一看插着的是什么：检查程序认出的是银行U盾或CA数字证书，不是税控设备。',
    'guide.tax-device.bank-key-instead.1.why': '这几种 USB 钥匙外形相似，很容易拿错。',
    'guide.tax-device.bank-key-instead.2.do':
      '找到税控设备（金税盘、税控盘或税务UKey），插在主机背面的 USB 口上；银行U盾暂时拔下。',
    'guide.tax-device.bank-key-instead.2.why': '多个 USB 钥匙同时插着时，有的开票软件会找错设备。',
    'guide.tax-device.bank-key-instead.3.do':
      '如果本单位已改用数电票、不再使用税控设备，请 IT 在策略文件里把税控设备设为“不需要”。',
    'guide.tax-device.bank-key-instead.3.why': '这样检查程序就不会再为缺少设备报警。',
    'guide.usb.flapping.1.do': '先保存手头的工作。如果开票软件正在开具、抄报或清卡，等它完成后再动设备。',
    'guide.usb.flapping.1.why': '设备反复断开时，写入随时可能中断。',
    'guide.usb.flapping.1.warn': '设备反复断开期间不要开具或上传发票，数据可能写不完整。',
    'guide.usb.flapping.2.do': '去掉延长线和集线器，把设备直接插到主机背面的 USB 口上。',
    'guide.usb.flapping.2.why': '供电不足和接触不良是反复断开最常见的原因。',
    'guide.usb.flapping.3.do': '换一根线或换一个 USB 口，再观察几分钟。',
    'guide.usb.flapping.3.why': '线缆和接口老化会造成时断时续。',
    'guide.usb.flapping.4.do': '换了接口仍然断开时，把设备拿到另一台电脑上试一下。',
    'guide.usb.flapping.4.why': '这样能分清是设备本身的问题，还是这台电脑接口的问题。',
    'guide.printer.usb-missing.1.do': '确认打印机电源已打开，USB 线两头都插紧。',
    'guide.printer.usb-missing.1.why': '电源没开或线松了，电脑就看不到打印机。',
    'guide.printer.usb-missing.2.do': '如果打印机通过 USB 转并口线连接，检查转换头插紧；再换一个 USB 口试试。',
    'guide.printer.usb-missing.2.why': '转换线接触不好是老式针式打印机掉线的常见原因。',
    'guide.printer.usb-missing.3.do': '等当前发票打完后，关掉打印机电源，十秒后再打开，等自检结束后点“重新检查”。',
    'guide.printer.usb-missing.3.why': '打印机重新上电后会重新连接电脑。',
    'guide.card-reader.missing.1.do': '检查读卡器插紧，最好直接插在主机上。',
    'guide.card-reader.missing.1.why': '松动或经过集线器时，读卡器常常认不出来。',
    'guide.card-reader.missing.2.do': '换一个 USB 口重新插入，等几秒后点“重新检查”。',
    'guide.card-reader.missing.2.why': '换口可以排除接口本身的问题。',
    'guide.card-reader.missing.3.do':
      '仍然不行时，请 IT 在设备管理器中查看读卡器是否带黄色感叹号；如果有，重新安装读卡器驱动。',
    'guide.card-reader.missing.3.why': '驱动损坏时，设备插上了也用不了。',
  },
  en: {
    'guide.tax-device.missing.1.do':
      'First look at what the invoicing software is doing. If it is filing, clearing or issuing an invoice, let it finish; write down the message on screen and the time.',
    'guide.tax-device.missing.1.why':
      'A device pulled out while writing may be left with half-written data, which usually needs the vendor or the tax office to repair.',
    'guide.tax-device.missing.1.warn':
      'While the tax device is reading or writing, do not pull it out, shut down or cut the power.',
    'guide.tax-device.missing.2.do':
      'Plug the tax device straight into a USB port at the back of the computer, without an extension cable or hub, and check that its light comes on.',
    'guide.tax-device.missing.2.why':
      'Front-panel ports and unpowered hubs often cannot supply enough power, so the device comes and goes.',
    'guide.tax-device.missing.3.do':
      'Plug it into a different USB port (and try another cable if you have one), wait ten seconds, then press "Check again".',
    'guide.tax-device.missing.3.why': 'If a port or cable is broken, switching to another one rules it out.',
    'guide.tax-device.missing.4.do': 'Close the invoicing software, then open it again and log in.',
    'guide.tax-device.missing.4.why':
      'Many invoicing programs look for the device only when they start, so they may not notice it was plugged back in.',
    'guide.tax-device.multiple.1.do':
      'Use the tax number label on each device to find the one this workstation should invoice with.',
    'guide.tax-device.multiple.1.why':
      'With two tax devices plugged in, the software may use the wrong one: invoices fail, or are issued under another taxpayer.',
    'guide.tax-device.multiple.2.do':
      'Close the invoicing software first, then unplug the device this workstation does not use.',
    'guide.tax-device.multiple.2.why': 'With only one device present the software cannot pick the wrong one.',
    'guide.tax-device.multiple.2.warn':
      'Do not unplug a device while the invoicing software is still using it; close the software first.',
    'guide.tax-device.multiple.3.do':
      'Open the invoicing software again, log in, and check the taxpayer name and tax number it shows.',
    'guide.tax-device.multiple.3.why': 'This confirms the right device is in use before you invoice.',
    'guide.tax-device.bank-key-instead.1.do':
      'Look at what is plugged in: the checker sees a bank U-shield or a CA certificate key, not a tax device.',
    'guide.tax-device.bank-key-instead.1.why': 'These USB keys look alike and are easily mixed up.',
    'guide.tax-device.bank-key-instead.2.do':
      'Find the tax device (Golden Tax Disk, tax control disk or tax UKey) and plug it into a port at the back of the computer; unplug the bank key for now.',
    'guide.tax-device.bank-key-instead.2.why':
      'With several USB keys present some invoicing software picks the wrong one.',
    'guide.tax-device.bank-key-instead.3.do':
      'If your company now issues fully digital e-invoices without a tax device, ask IT to mark the tax device as not required in the policy file.',
    'guide.tax-device.bank-key-instead.3.why': 'Then the checker stops warning about a missing device.',
    'guide.usb.flapping.1.do':
      'Save your work. If the invoicing software is issuing, filing or clearing, let it finish before touching the device.',
    'guide.usb.flapping.1.why': 'While a device keeps disconnecting, any write can be cut off halfway.',
    'guide.usb.flapping.1.warn':
      'Do not issue or upload invoices while the device keeps disconnecting: the data may be left incomplete.',
    'guide.usb.flapping.2.do':
      'Remove extension cables and hubs and plug the device straight into a port at the back of the computer.',
    'guide.usb.flapping.2.why':
      'Too little power and loose contacts are the most common causes of repeated disconnects.',
    'guide.usb.flapping.3.do': 'Try another cable or another USB port and watch it for a few minutes.',
    'guide.usb.flapping.3.why': 'Worn cables and ports cause intermittent connections.',
    'guide.usb.flapping.4.do': 'If it still disconnects on another port, try the device on a different computer.',
    'guide.usb.flapping.4.why': 'That tells a faulty device apart from a faulty port on this computer.',
    'guide.printer.usb-missing.1.do':
      'Make sure the printer is switched on and both ends of the USB cable are firmly plugged in.',
    'guide.printer.usb-missing.1.why': 'A printer that is off or loosely connected is invisible to the computer.',
    'guide.printer.usb-missing.2.do':
      'If the printer is connected through a USB-to-parallel adapter, check the adapter is seated firmly, then try another USB port.',
    'guide.printer.usb-missing.2.why': 'A poorly seated adapter is a common reason older dot-matrix printers drop off.',
    'guide.printer.usb-missing.3.do':
      'Once the current invoice has printed, switch the printer off, wait ten seconds, switch it on, and press "Check again" after its self-test.',
    'guide.printer.usb-missing.3.why': 'A printer that powers up again reconnects to the computer.',
    'guide.card-reader.missing.1.do': 'Check the card reader is firmly plugged in, ideally straight into the computer.',
    'guide.card-reader.missing.1.why': 'Card readers that are loose or behind a hub are often not recognised.',
    'guide.card-reader.missing.2.do': 'Plug it into a different USB port, wait a few seconds and press "Check again".',
    'guide.card-reader.missing.2.why': 'Another port rules out a broken port.',
    'guide.card-reader.missing.3.do':
      'If it still fails, ask IT to look for a yellow warning mark on the reader in Device Manager and reinstall its driver if there is one.',
    'guide.card-reader.missing.3.why': 'With a broken driver a device can be plugged in and still not work.',
  },
});
