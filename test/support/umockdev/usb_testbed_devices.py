# Emulated USB devices for the integration tests and the latency bench: umockdev device
# descriptions (P:/N:/E:/A:/H: lines) built from a small table. The `H: descriptors=` sysfs
# attribute is required: libusb enumerates from it and lists nothing without it. The `A:`
# manufacturer/product/serial lines are the sysfs strings the USB area reads instead of asking
# the device (control transfers are not emulated here, like a device bound to a vendor driver).

HUB_PATH = '/devices/pci0000:00/0000:00:14.0/usb1'


def _device_descriptor(vid, pid, dev_class, num_configs=1):
    return bytes([0x12, 0x01, 0x00, 0x02, dev_class, 0, 0, 0x40,
                  vid & 0xFF, vid >> 8, pid & 0xFF, pid >> 8, 0x00, 0x01, 1, 2, 3, num_configs])


def _config_descriptor(iface_class, iface_subclass, iface_protocol):
    interface = bytes([9, 4, 0, 0, 1, iface_class, iface_subclass, iface_protocol, 0])
    endpoint = bytes([7, 5, 0x81, 2, 0x40, 0, 0])
    total = 9 + len(interface) + len(endpoint)
    return bytes([9, 2, total & 0xFF, total >> 8, 1, 1, 0, 0x80, 0x32]) + interface + endpoint


def _hub_descriptors():
    d = bytes([0x12, 0x01, 0x00, 0x02, 0x09, 0, 1, 0x40, 0x6B, 0x1D, 0x02, 0x00, 0x06, 0x06, 3, 2, 1, 1])
    c = bytes([9, 2, 25, 0, 1, 1, 0, 0xE0, 0]) + bytes([9, 4, 0, 0, 1, 9, 0, 0, 0]) + bytes([7, 5, 0x81, 3, 4, 0, 0x0C])
    return d + c


def _record(path, devnum, vid, pid, desc, strings):
    lines = [
        f'P: {path}',
        f'N: bus/usb/001/{devnum:03d}={desc.hex().upper()}',
        'E: BUSNUM=001',
        f'E: DEVNAME=/dev/bus/usb/001/{devnum:03d}',
        f'E: DEVNUM={devnum:03d}',
        'E: DEVTYPE=usb_device',
        'E: DRIVER=usb',
        'E: MAJOR=189',
        f'E: MINOR={devnum - 1}',
        f'E: PRODUCT={vid:x}/{pid:x}/100',
        'E: SUBSYSTEM=usb',
        'A: bConfigurationValue=1\\n',
        'A: busnum=1\\n',
        f'A: devnum={devnum}\\n',
        f'A: idProduct={pid:04x}\\n',
        f'A: idVendor={vid:04x}\\n',
    ]
    for name in ('manufacturer', 'product', 'serial'):
        if strings.get(name) is not None:
            lines.append(f'A: {name}={strings[name]}\\n')
    lines += ['A: speed=12\\n', f'H: descriptors={desc.hex().upper()}']
    return '\n'.join(lines) + '\n'


HUB = _record(HUB_PATH, 1, 0x1D6B, 0x0002, _hub_descriptors(),
              {'manufacturer': 'Linux', 'product': 'xHCI Host Controller', 'serial': '0000:00:14.0'})

# name: (port on the root hub, vid, pid, device class, (interface class, subclass, protocol), strings)
# Each device has its own port so several can be present at once; port N gets devnum N + 1.
TABLE = {
    # Aisino 金税盘: mass-storage interface (08/06/50) as MB describes, strings say 'USB Flash Disk'.
    'aisino-disk': (1, 0x101D, 0x0003, 0, (0x08, 0x06, 0x50),
                    {'manufacturer': 'Aisino', 'product': 'USB Flash Disk', 'serial': 'JSP0001'}),
    # The same VID:PID without any strings: 金税盘 or 税务UKey cannot be told apart.
    'aisino-nostrings': (2, 0x101D, 0x0003, 0, (0x08, 0x06, 0x50), {}),
    'ukey-excelsecu': (3, 0x1EA8, 0xB00B, 0, (0x08, 0x06, 0x50),
                       {'manufacturer': 'ExcelSecu', 'product': 'ChinaTax SWUKey', 'serial': 'UK0001'}),
    'nisec-disk': (4, 0x1432, 0x07DC, 0, (0x08, 0x06, 0x50),
                   {'manufacturer': 'NISEC', 'product': 'Tax Control Disk', 'serial': 'BW0001'}),
    # A bank U-shield (兴业银行, Tendyron) and a CA key (协卡助手): never tax devices.
    'bank-key': (5, 0x1780, 0x0410, 0, (0x03, 0, 0), {'manufacturer': 'Tendyron', 'product': 'USB Key'}),
    'ca-key': (6, 0x1D99, 0x0013, 0, (0x0B, 0, 0), {'manufacturer': 'HSIC', 'product': 'CA Key'}),
    # DASCOM DS-1100II dot-matrix invoice printer (printer class interface).
    'printer': (7, 0x20D1, 0x2010, 0, (0x07, 0x01, 0x02), {'manufacturer': 'DASCOM', 'product': 'DS-1100II'}),
    # An unknown printer, found only by its interface class 0x07.
    'printer-generic': (8, 0x1234, 0x0001, 0, (0x07, 0x01, 0x02), {'manufacturer': 'Acme', 'product': 'Printer'}),
    # A Prolific USB-to-parallel bridge: a printer behind an adapter.
    'parallel-bridge': (9, 0x067B, 0x2305, 0, (0x07, 0x01, 0x02), {'manufacturer': 'Prolific', 'product': 'IEEE-1284 Controller'}),
    # ACS ACR38U smart-card reader (CCID interface class 0x0B).
    'reader': (10, 0x072F, 0x90CC, 0, (0x0B, 0, 0), {'manufacturer': 'ACS', 'product': 'ACR38U-CCID'}),
    # A device whose descriptor says it has no configuration: odd, cannot be classified.
    'odd': (11, 0x0000, 0x0000, 0, None, {}),
}


def syspath(name):
    """The sysfs path of a table device, as umockdev expects it for uevents and removal."""
    return f'/sys{HUB_PATH}/1-{TABLE[name][0]}'


def description(name):
    """The umockdev description of a table device."""
    port, vid, pid, dev_class, iface, strings = TABLE[name]
    if iface is None:
        desc = _device_descriptor(vid, pid, dev_class, num_configs=0)
    else:
        desc = _device_descriptor(vid, pid, dev_class) + _config_descriptor(*iface)
    return _record(f'{HUB_PATH}/1-{port}', port + 1, vid, pid, desc, strings)
