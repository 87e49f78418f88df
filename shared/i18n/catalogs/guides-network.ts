import { defineCatalog } from '../define-catalog';

/** Step texts of the network guides (shared/guides/network-guides.ts). */
export const guidesNetworkCatalog = defineCatalog({
  'zh-CN': {
    'guide.network.no-link.1.do': '检查网线两头是否插好、网口灯是否亮；用无线网络的，确认连的是单位的无线网。',
    'guide.network.no-link.1.why': '这台电脑没有可用的网络连接，其他一切都无从谈起。',
    'guide.network.no-link.2.do': '打开一个别的网站或单位的其他系统，看是否同样打不开。',
    'guide.network.no-link.2.why': '别的系统也不通，说明是网络的问题，不是开票系统的问题。',
    'guide.network.no-link.3.do': '问问旁边的同事能不能上网。大家都不能时，请 IT 重启路由器或交换机。',
    'guide.network.no-link.3.why': '大家都断网说明问题在路由器或线路上，而不是这台电脑。',
    'guide.network.no-link.3.warn': '不要自己给单位的路由器或交换机断电：别的同事可能正在开票或上传。',
    'guide.network.no-gateway.1.do': '确认网线插好，系统的网络图标显示“已连接”。',
    'guide.network.no-gateway.1.why': '先排除本机连接的问题。',
    'guide.network.no-gateway.2.do': '把本机的网络连接断开再连上（拔插网线，或在网络设置中禁用后再启用网卡）。',
    'guide.network.no-gateway.2.why': '重新连接会重新获取地址和网关，常能解决临时故障。',
    'guide.network.no-gateway.3.do': '问问同事能否上网。大家都不能时，请 IT 检查并重启路由器。',
    'guide.network.no-gateway.3.why': '网关就是路由器；大家都连不上，多半是它出了问题。',
    'guide.network.no-gateway.3.warn': '不要自己给单位的路由器断电：别的同事可能正在开票或上传。',
    'guide.network.no-internet.1.do': '打开一个别的网站，再问问同事能否上网，看是不是整个单位都连不上外网。',
    'guide.network.no-internet.1.why': '本机到路由器是通的，外面却都连不上，问题多半在路由器或宽带线路上。',
    'guide.network.no-internet.2.do': '请 IT 重启单位的路由器（或光猫），等两三分钟后点“重新检查”。',
    'guide.network.no-internet.2.why': '路由器和光猫长时间运行后可能失去外网连接，重启常能恢复。',
    'guide.network.no-internet.2.warn': '不要自己给路由器断电：别的同事可能正在开票或上传。',
    'guide.network.no-internet.3.do':
      '重启后仍不通时，请 IT 在命令提示符里 ping 税务局官网或开票服务器的地址；都不通就联系宽带运营商，确认是否有区域性故障。',
    'guide.network.no-internet.3.why': '线路或运营商的故障，只有运营商能修复。',
    'guide.network.dns.1.do': '点“重新检查”再试一次，并打开一个常用网站看能否打开。',
    'guide.network.dns.1.why': '域名解析偶尔会短暂失败，重试即可恢复。',
    'guide.network.dns.2.do': '如果这台电脑手动填写过 DNS 服务器，请改回“自动获取”，或改成 IT 指定的地址。',
    'guide.network.dns.2.why': '填错或失效的 DNS 服务器会让所有网址都打不开。',
    'guide.network.dns.3.do':
      '只有税务网站解析不了、其他网站都正常时，请 IT 联系网络服务商（宽带运营商），确认是否有区域性故障。',
    'guide.network.dns.3.why': '运营商的解析服务出问题时，只有他们能修复。',
    'guide.network.port-blocked.1.do': '在检查结果中看清是哪个服务、哪个端口连不上，把它记下来。',
    'guide.network.port-blocked.1.why':
      'IT 需要准确的端口号才能放行。税务平台用的端口（如 7001、8001、8443）各省不同。',
    'guide.network.port-blocked.2.do': '请 IT 在防火墙或安全软件中放行这些端口和开票软件。',
    'guide.network.port-blocked.2.why': '只放行 80 和 443 端口的防火墙会挡住开票和抄报上传。',
    'guide.network.port-blocked.2.warn': '不要为了试一试就把防火墙整个关掉：只放行需要的端口。',
    'guide.network.port-blocked.3.do': '在酒店、外地或公共网络上出现时，改用单位网络或手机热点再试。',
    'guide.network.port-blocked.3.why': '公共网络经常屏蔽不常用的端口。',
    'guide.network.service-down.1.do':
      '看检查结果：本机网络和其他税务服务都正常，只有这一项不通，问题多半在对方的服务器。',
    'guide.network.service-down.1.why': '这样可以避免在自己的电脑上白白折腾。',
    'guide.network.service-down.2.do': '过几分钟点“重新检查”；也可以看看当地电子税务局网站有没有维护公告。',
    'guide.network.service-down.2.why': '服务器维护或临时故障通常不久就会恢复。',
    'guide.network.service-down.3.do':
      '长时间不通又急需开票时，拨打 12366 纳税服务热线或开票软件服务商的热线，询问是否有区域性故障。',
    'guide.network.service-down.3.why': '他们能确认故障范围和预计恢复时间。',
    'guide.network.local-service-down.1.do': '重新打开开票软件（或税务UKey 的证书助手），它会启动本机的后台服务。',
    'guide.network.local-service-down.1.why': '证书登录要靠本机后台服务（例如 28000 端口上的服务）。',
    'guide.network.local-service-down.2.do':
      '请 IT 检查安全软件是否拦截了这个服务（例如 chinatax.exe），并把它加入信任。',
    'guide.network.local-service-down.2.why': '被安全软件拦下的服务起不来，登录就会失败。',
    'guide.network.local-service-down.3.do': '关闭开票软件后，用开始菜单正常重启电脑，再点“重新检查”。',
    'guide.network.local-service-down.3.why': '重启会把所有后台服务重新启动一遍。',
    'guide.network.local-service-down.3.warn': '重启前确认没有正在开具、抄报或上传的发票，也不要直接断电。',
  },
  en: {
    'guide.network.no-link.1.do':
      'Check both ends of the network cable and that the port light is on; on Wi-Fi, make sure you are connected to the office network.',
    'guide.network.no-link.1.why': 'Without a working connection on this computer nothing else can work.',
    'guide.network.no-link.2.do': 'Open another website or another company system and see whether it fails too.',
    'guide.network.no-link.2.why': 'If other systems fail too, the network is at fault, not the invoicing system.',
    'guide.network.no-link.3.do':
      'Ask a colleague whether their computer is online. If nobody is, ask IT to restart the router or switch.',
    'guide.network.no-link.3.why': 'When everyone is offline the problem is the router or the line, not this computer.',
    'guide.network.no-link.3.warn':
      'Do not power off the office router or switch yourself: colleagues may be invoicing or uploading.',
    'guide.network.no-gateway.1.do': 'Check the network cable and that the network icon says "connected".',
    'guide.network.no-gateway.1.why': "This rules out this computer's own connection first.",
    'guide.network.no-gateway.2.do':
      'Disconnect and reconnect this computer (unplug and replug the cable, or disable and enable the adapter in network settings).',
    'guide.network.no-gateway.2.why':
      'Reconnecting fetches a fresh address and gateway, which often clears a temporary fault.',
    'guide.network.no-gateway.3.do':
      'Ask colleagues whether they are online. If nobody is, ask IT to check and restart the router.',
    'guide.network.no-gateway.3.why': 'The gateway is the router; if nobody reaches it, it is most likely at fault.',
    'guide.network.no-gateway.3.warn':
      'Do not power off the office router yourself: colleagues may be invoicing or uploading.',
    'guide.network.no-internet.1.do':
      'Open another website and ask colleagues whether they are online, to see whether the whole office has lost the internet.',
    'guide.network.no-internet.1.why':
      'The router answers but nothing beyond it does, so the router or the broadband line is the likely cause.',
    'guide.network.no-internet.2.do':
      'Ask IT to restart the office router (or fibre modem), wait two or three minutes, then press "Check again".',
    'guide.network.no-internet.2.why':
      'Routers and modems sometimes lose their outside connection after running for a long time; a restart often restores it.',
    'guide.network.no-internet.2.warn':
      'Do not power off the router yourself: colleagues may be invoicing or uploading.',
    'guide.network.no-internet.3.do':
      "If it is still down after the restart, ask IT to ping the tax bureau's website or the invoicing server from a command prompt; if nothing answers, contact the internet provider about a regional fault.",
    'guide.network.no-internet.3.why': 'Only the provider can fix a fault on its line or network.',
    'guide.network.dns.1.do': 'Press "Check again", and try opening a website you use often.',
    'guide.network.dns.1.why': 'Name lookups sometimes fail briefly and work again on retry.',
    'guide.network.dns.2.do':
      'If DNS servers were typed in by hand on this computer, set them back to automatic or to the addresses IT gives you.',
    'guide.network.dns.2.why': 'A wrong or dead DNS server makes every web address fail.',
    'guide.network.dns.3.do':
      'If only the tax websites fail to resolve while others work, ask IT to contact the internet provider about a regional fault.',
    'guide.network.dns.3.why': 'Only the provider can fix its own name service.',
    'guide.network.port-blocked.1.do': 'In the check results, note which service and which port cannot be reached.',
    'guide.network.port-blocked.1.why':
      'IT needs exact port numbers to open them. Tax platforms use ports such as 7001, 8001 and 8443, which differ by province.',
    'guide.network.port-blocked.2.do':
      'Ask IT to allow these ports and the invoicing software in the firewall or security software.',
    'guide.network.port-blocked.2.why':
      'A firewall that only lets through ports 80 and 443 blocks invoicing and filing uploads.',
    'guide.network.port-blocked.2.warn':
      'Do not switch the firewall off entirely just to try: open only the ports that are needed.',
    'guide.network.port-blocked.3.do':
      'If this happens on a hotel, out-of-town or public network, try the office network or a phone hotspot instead.',
    'guide.network.port-blocked.3.why': 'Public networks often block uncommon ports.',
    'guide.network.service-down.1.do':
      "Read the check results: this computer's network and the other tax services work, only this one fails, so the problem is most likely on their server.",
    'guide.network.service-down.1.why': 'This saves you from changing things on your own computer for nothing.',
    'guide.network.service-down.2.do':
      'Press "Check again" in a few minutes; the local e-tax bureau website may also post a maintenance notice.',
    'guide.network.service-down.2.why': 'Server maintenance and short outages usually end soon.',
    'guide.network.service-down.3.do':
      'If it stays down and you must invoice, call the 12366 tax service hotline or the invoicing software vendor and ask about a regional outage.',
    'guide.network.service-down.3.why': 'They can confirm how widespread it is and when it should be back.',
    'guide.network.local-service-down.1.do':
      'Open the invoicing software (or the tax UKey certificate assistant) again; it starts the local background service.',
    'guide.network.local-service-down.1.why':
      'Certificate login depends on a local background service (for example the one on port 28000).',
    'guide.network.local-service-down.2.do':
      'Ask IT to check whether security software blocks this service (for example chinatax.exe) and to trust it.',
    'guide.network.local-service-down.2.why': 'A service that security software blocks cannot start, so login fails.',
    'guide.network.local-service-down.3.do':
      'Close the invoicing software, restart the computer from the Start menu, then press "Check again".',
    'guide.network.local-service-down.3.why': 'A restart starts every background service afresh.',
    'guide.network.local-service-down.3.warn':
      'Before restarting, make sure no invoice is being issued, filed or uploaded, and never just cut the power.',
  },
});
