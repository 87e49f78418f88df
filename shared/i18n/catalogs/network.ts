import { defineCatalog } from '../define-catalog';

// `$t(network.cause.{{cause}})` nests the translated cause word into a sentence (i18next nesting).
export const networkCatalog = defineCatalog({
  'zh-CN': {
    'area.network': '网络',
    'check.network.link.name': '网络连接',
    'check.network.link.ok': '网卡已连接：{{interfaces}}',
    'check.network.link.noAddress': '网卡 {{interfaces}} 只有自动分配的地址（以 169.254 开头），没有从路由器获得地址',
    'check.network.link.none': '没有已连接并有地址的网卡（网线未插好或 Wi-Fi 未连接）',
    'check.network.gateway.name': '默认网关（路由器）',
    'check.network.gateway.ok': '网关 {{address}} 有响应（$t(network.method.{{method}})，{{ms}} 毫秒）',
    'check.network.gateway.noAnswer': '网关 {{address}} 没有响应（$t(network.method.{{method}})）',
    'check.network.gateway.noRoute': '本机没有默认网关（没有默认路由）',
    'check.network.gateway.unreadable': '无法读取默认网关（$t(source.problem.{{problem}})）',
    'check.network.dns.name': '域名解析（DNS）',
    'check.network.dns.ok': '{{count}} 个域名都能解析（DNS 服务器：{{server}}）',
    'check.network.dns.dead': 'DNS 服务器 {{server}} 没有正常应答，无法解析：{{names}}',
    'check.network.dns.nxdomain': '域名不存在：{{names}}（DNS 服务器正常应答）',
    'check.network.endpoint.name': '平台 {{name}}',
    'check.network.service.name': '本机服务 {{name}}',
    'check.network.endpoint.ok': '{{host}}:{{port}} 可以连通（{{ms}} 毫秒）',
    'check.network.endpoint.failed': '{{host}}:{{port}} 无法连通：$t(network.cause.{{cause}})',
    'check.network.endpoint.tlsOnly':
      '{{host}}:{{port}} 的 TCP 连接正常，但标准 TLS 握手失败。税务服务器多用国密 SM2 证书，这通常不影响开票软件，不算中断',
    'check.network.service.ok': '本机端口 {{port}} 正在监听',
    'check.network.service.down': '本机端口 {{port}} 没有在监听（$t(network.cause.{{cause}})），这个服务可能没有运行',
    'check.network.verdict.name': '网络诊断',
    'check.network.confirming':
      '最近连续 {{failures}} 次失败（$t(network.cause.{{cause}})），正在复查（连续失败 {{needed}} 次才报故障）',
    'check.network.recovering': '已恢复连通，正在确认（连续成功 {{successes}}/{{needed}} 次后解除故障）',
    'network.cause.ok': '正常',
    'network.cause.refused': '连接被拒绝',
    'network.cause.timeout': '超时无响应',
    'network.cause.nxdomain': '域名不存在',
    'network.cause.dns-error': 'DNS 服务器无应答',
    'network.cause.tls-error': 'TLS 握手失败',
    'network.cause.http-error': '服务返回错误',
    'network.method.ping': 'ping',
    'network.method.tcp': 'TCP 连接探测',
    'network.verdict.ok': '网络正常：所有检查的目标都能连通',
    'network.verdict.nothing': '策略中没有需要检查的网络目标',
    'network.verdict.unknown': '网络尚未检查完',
    'network.verdict.policyInvalid':
      '策略文件无效：为避免访问策略可能禁止的地址，暂停检查本机以外的网络，请修正策略文件',
    'network.verdict.noLink': '问题在本机：没有网络连接（网线未插好、网卡被禁用或 Wi-Fi 未连接）',
    'network.verdict.noAddress': '问题在本机或局域网：网卡没有从路由器获得地址（DHCP 失败）',
    'network.verdict.noGateway': '问题在本机与路由器之间：网关 {{address}} 没有响应（$t(network.method.{{method}})）',
    'network.verdict.noRoute': '问题在本机：没有设置默认网关，无法访问外网',
    'network.verdict.dnsDead': '问题在局域网或运营商：DNS 服务器没有应答，域名无法解析',
    'network.verdict.nxdomain': '域名 {{names}} 不存在：请核对策略中的地址（也可能是 DNS 被劫持）',
    'network.verdict.noInternet': '问题在局域网或运营商：路由器正常，但外部目标都连不上（{{namesZh}}）',
    'network.verdict.portBlocked':
      '很可能是防火墙拦截：端口 {{ports}}（{{namesZh}}）连不上，而网页端口（443）正常。请 IT 放行这些端口',
    'network.verdict.serviceDown': '问题在对方：{{namesZh}} 连不上，而其他目标正常，不是本机或本地网络的问题',
    'network.verdict.unreachableUnclear': '{{namesZh}} 连不上；没有其他目标可对比，可能是对方服务，也可能是本地外网',
    'network.verdict.localServiceDown': '问题在本机：服务 {{namesZh}}（端口 {{ports}}）没有运行',
    'network.verdict.tlsOnly': '网络连通；{{namesZh}} 的标准 TLS 检查失败（可能是国密 SM2 证书），不算中断',
    'fault.network.no-link.title': '电脑没有连上网络',
    'fault.network.no-link.explain':
      '没有一块网卡处于连接状态并有可用地址，所以任何税务平台都连不上。请检查网线、Wi-Fi 或网卡是否被禁用。',
    'fault.network.no-gateway.title': '连不上路由器（默认网关）',
    'fault.network.no-gateway.explain':
      '电脑连着网络，但默认网关（路由器）没有响应或没有设置，外网全部不可用。请重新连接网络，或检查路由器。',
    'fault.network.dns.title': '域名解析出错',
    'fault.network.dns.explain':
      'DNS 服务器不应答时，所有用域名访问的税务平台都会失败；域名不存在时，通常是地址写错或已停用。',
    'fault.network.no-internet.title': '外网不通',
    'fault.network.no-internet.explain':
      '路由器有响应，但外部的多个目标都连不上：问题在局域网出口或运营商线路，不在开票软件。',
    'fault.network.port-blocked.title': '防火墙拦截了开票端口',
    'fault.network.port-blocked.explain':
      '网页端口（443）正常，但开票用的其他端口连不上。只放行 80/443 的防火墙会导致抄报、开票失败，请 IT 放行这些端口。',
    'fault.network.service-down.title': '税务平台服务不可用',
    'fault.network.service-down.explain':
      '这个平台连不上或返回错误，而其他目标正常：问题很可能在对方服务器，稍后重试或咨询 12366。',
    'fault.network.local-service-down.title': '本机服务没有运行',
    'fault.network.local-service-down.explain':
      '本机需要的服务（例如税务UKey证书登录助手，端口 28000）没有在监听，证书登录会失败。请启动该服务并检查防火墙。',
    'check.network.dns.okSystem': '{{count}} 个域名都能解析（使用系统设置的 DNS 服务器）',
    'check.network.dns.deadSystem': '系统设置的 DNS 服务器没有正常应答，无法解析：{{names}}',
  },
  en: {
    'area.network': 'Network',
    'check.network.link.name': 'Network connection',
    'check.network.link.ok': 'Connected: {{interfaces}}',
    'check.network.link.noAddress':
      'Adapter {{interfaces}} has only a self-assigned address (starting 169.254): it got no address from the router',
    'check.network.link.none': 'No adapter is connected with an address (cable unplugged or Wi-Fi not connected)',
    'check.network.gateway.name': 'Default gateway (router)',
    'check.network.gateway.ok': 'Gateway {{address}} answers ($t(network.method.{{method}}), {{ms}} ms)',
    'check.network.gateway.noAnswer': 'Gateway {{address}} does not answer ($t(network.method.{{method}}))',
    'check.network.gateway.noRoute': 'This computer has no default gateway (no default route)',
    'check.network.gateway.unreadable': 'Cannot read the default gateway ($t(source.problem.{{problem}}))',
    'check.network.dns.name': 'Name lookup (DNS)',
    'check.network.dns.ok': 'Every name resolves ({{count}} checked; DNS server: {{server}})',
    'check.network.dns.dead': 'DNS server {{server}} did not answer properly; cannot resolve: {{names}}',
    'check.network.dns.nxdomain': 'Name does not exist: {{names}} (the DNS server answered)',
    'check.network.endpoint.name': 'Platform {{name}}',
    'check.network.service.name': 'Local service {{name}}',
    'check.network.endpoint.ok': '{{host}}:{{port}} is reachable ({{ms}} ms)',
    'check.network.endpoint.failed': '{{host}}:{{port}} is not reachable: $t(network.cause.{{cause}})',
    'check.network.endpoint.tlsOnly':
      '{{host}}:{{port}} accepts TCP, but a standard TLS handshake failed. Tax servers often use SM2 certificates, which the invoicing software handles: not an outage',
    'check.network.service.ok': 'Local port {{port}} is listening',
    'check.network.service.down':
      'Local port {{port}} is not listening ($t(network.cause.{{cause}})): the service may not be running',
    'check.network.verdict.name': 'Network verdict',
    'check.network.confirming':
      'Failed attempts in a row: {{failures}} ($t(network.cause.{{cause}})); re-checking (a fault opens after {{needed}} in a row)',
    'check.network.recovering':
      'Reachable again; confirming ({{successes}}/{{needed}} successes in a row clear the fault)',
    'network.cause.ok': 'OK',
    'network.cause.refused': 'connection refused',
    'network.cause.timeout': 'no answer in time',
    'network.cause.nxdomain': 'name does not exist',
    'network.cause.dns-error': 'DNS server not answering',
    'network.cause.tls-error': 'TLS handshake failed',
    'network.cause.http-error': 'the service answered with an error',
    'network.method.ping': 'ping',
    'network.method.tcp': 'TCP connect probe',
    'network.verdict.ok': 'Network OK: every target checked is reachable',
    'network.verdict.nothing': 'The policy names no network targets to check',
    'network.verdict.unknown': 'The network has not been checked yet',
    'network.verdict.policyInvalid':
      'The policy file is invalid: network checks beyond this computer are paused (they might reach addresses the policy forbids) until it is fixed',
    'network.verdict.noLink': 'The problem is this computer: no network connection (cable, disabled adapter or Wi-Fi)',
    'network.verdict.noAddress':
      'The problem is this computer or the local network: the adapter got no address from the router (DHCP failed)',
    'network.verdict.noGateway':
      'The problem is between this computer and the router: gateway {{address}} does not answer ($t(network.method.{{method}}))',
    'network.verdict.noRoute':
      'The problem is this computer: no default gateway is set, so nothing outside can be reached',
    'network.verdict.dnsDead':
      'The problem is the local network or the ISP: the DNS server does not answer, so names cannot be looked up',
    'network.verdict.nxdomain': 'The name {{names}} does not exist: check the address in the policy (or DNS hijacking)',
    'network.verdict.noInternet':
      'The problem is the local network or the ISP: the router answers but nothing outside is reachable ({{namesEn}})',
    'network.verdict.portBlocked':
      'Most likely a firewall: ports {{ports}} ({{namesEn}}) are blocked while the web port (443) works. Ask IT to allow them',
    'network.verdict.serviceDown':
      'The problem is on their side: {{namesEn}} cannot be reached while other targets work; not this computer or the local network',
    'network.verdict.unreachableUnclear':
      "{{namesEn}} cannot be reached; with no other target to compare, it may be the service or this site's internet connection",
    'network.verdict.localServiceDown':
      'The problem is this computer: service {{namesEn}} (port {{ports}}) is not running',
    'network.verdict.tlsOnly':
      'Network reachable; the standard TLS check failed for {{namesEn}} (probably SM2 certificates): not an outage',
    'fault.network.no-link.title': 'The computer is not connected to a network',
    'fault.network.no-link.explain':
      'No network adapter is connected with a usable address, so no tax platform can be reached. Check the cable, the Wi-Fi, or whether the adapter is disabled.',
    'fault.network.no-gateway.title': 'The router (default gateway) cannot be reached',
    'fault.network.no-gateway.explain':
      'The computer is on a network, but the default gateway (router) does not answer or is not set, so nothing outside works. Reconnect to the network or check the router.',
    'fault.network.dns.title': 'Name lookup (DNS) fails',
    'fault.network.dns.explain':
      'When the DNS server does not answer, every tax platform reached by name fails; when a name does not exist, the address is usually mistyped or retired.',
    'fault.network.no-internet.title': 'No internet access',
    'fault.network.no-internet.explain':
      'The router answers, but several outside targets are unreachable: the fault is the local network exit or the ISP line, not the invoicing software.',
    'fault.network.port-blocked.title': 'A firewall blocks the invoicing ports',
    'fault.network.port-blocked.explain':
      'The web port (443) works but the other ports invoicing uses do not. A firewall that only allows 80/443 breaks uploading and invoicing: ask IT to allow these ports.',
    'fault.network.service-down.title': 'A tax platform service is unavailable',
    'fault.network.service-down.explain':
      'This platform cannot be reached or answers with an error while other targets work: the fault is most likely on their server. Try again later or call 12366.',
    'fault.network.local-service-down.title': 'A service on this computer is not running',
    'fault.network.local-service-down.explain':
      'A service this computer needs (for example the tax UKey certificate login helper on port 28000) is not listening, so certificate login fails. Start the service and check the firewall.',
    'check.network.dns.okSystem': "Every name resolves ({{count}} checked, through the system's DNS servers)",
    'check.network.dns.deadSystem': "The system's DNS servers did not answer properly; cannot resolve: {{names}}",
  },
});
