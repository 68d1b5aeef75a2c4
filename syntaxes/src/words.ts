// Word lists the RouterOS grammar is generated from. Tests compare the command and enumeration lists
// with RouterOS's own command trees (../shared/reference/routeros-schema), so they stay facts, not guesses.

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/**
 * Every command name of the RouterOS 7.9–7.24 command trees that is never also a menu name: a word in
 * this list, after a menu path or at the start of a statement, is the command rather than a sub-menu.
 */
export const COMMANDS = words(`
  acme-renew activate activate-profile activate-user-profile add add-acme add-batch-users add-device
  add-scep allowed-channels apply-changes ask at-chat authorize balance-cancel balance-start
  bandwidth-test beep blink break cable-test cancel card-reinstall card-verify cell-monitor check
  check-disk check-for-updates check-installation check-status cleanup clear clear-cache
  clear-history close-session comment connect continue convert copy country-info country-list
  create-certificate-request cuu deactivate debug decode-ad default-scan-list defaults delay delete
  delete-profle deserialize devel disable disable-profile disconnect discourse discover dns-update do
  downgrade download download-all download-file dump-dot dump-saved-advertisements edit eject
  eject-drive el enable enable-profile enable-profle enable-ssl-certificate error esim-id execute
  exit expire-password export export-certificate export-client-configuration export-db
  export-host-key export-pub-key fetch filter-wizard find firmware-upgrade flat-snoop flood-ping
  flush for force-check force-update foreach format format-drive frequency-monitor frequency-scan
  generate generate-key generate-new-id generate-report generate-voucher get get-key get-key-cached
  get-key-with-ids get-status global grant grep head hw-info if import import-db import-host-key
  import-ovpn-configuration inject inject-pcap inkey inspect install ip-scan issued-revoke jobname
  kill kill-connections len liberate list-profiles load local lock login mac-scan mac-telnet
  make-binding make-static migrate-legacy-db monitor monitor-data monitor-peers monitor-slaves
  monitor-traffic move next nothing nvme-discover onerror optimize-db parse password pause pick
  ping-speed possible-channels print provision publish put qkd-get-key qkd-get-key-with-ids
  qkd-get-status quick quit raid-scrub raid-scrub-cancel read read-holding-registers reboot
  recursive-print redo refresh refresh-profile-list reg-info regenerate-host-key reinstall-fib
  release reload remove remove-device remove-file rename-profle renew reoptimize repair
  replace-cancel replace-device repull request-logout reselect-channel resend reset reset-alert
  reset-configuration reset-counters reset-counters-all reset-devices reset-freq-drift reset-html
  reset-mac-address reset-servers reset-tr069-config resolve restart resume retry return rndnum
  rndstr roam rpki-check rpki-query rtc run save scan scan-list scep-renew scrub-cancel scrub-start
  scsi-scan self-test send send-notifications send-reconfigure send-trap serial-terminal serialize
  set set-identity set-nickname setup setup-repeater shell show-capabilities show-client-config
  shutdown sign sign-certificate-request smart-info sniff snmp-get snmp-walk snoop spectral-history
  spectral-scan speed-test ssh-exec start stop style subscribe sup-output tail take telnet terminate
  test test-as-path-regexp test-audio time timestamp toarray tobool tocrlf toggle toid toip toip6
  tolf tonsec tonum torch tostr totime traceroute transceive trim typeof undo uninstall unroll
  unschedule unset unsubscribe upload-file usb-power-reset vacuum-db warning wg-export wg-import
  while wol wps-client wps-push-button write write-no-resp
`);

/** `:` commands that steer control flow (`:if`, `:foreach`, `:do … on-error=`). */
export const CONTROL_COMMANDS = words(`
  if for foreach while do return break continue error onerror retry exit quit
`);

/** `:` commands that declare or assign a variable; the word after them is the variable's name. */
export const DECLARATION_COMMANDS = words(`local global set`);

/** The remaining root commands and the root menus scripts call with a colon (`:log info`, `:put`). */
export const BUILTIN_COMMANDS = words(`
  beep convert delay deserialize environment execute export find grep import jobname len lock log
  nothing parse password pick ping put range recursive-print redo resolve rndnum rndstr serialize
  terminal time timestamp toarray tobool tocrlf toid toip toip6 tolf tonsec tonum tostr totime typeof
  undo
`);

/** Arguments whose value is a block of script (`do={…}`), highlighted as control keywords. */
export const KEYWORD_ARGUMENTS = words(`do else on-error`);

/** Arguments whose quoted value is a script, highlighted as embedded RouterOS code. */
export const SCRIPT_ARGUMENTS = words(`
  source on-event on-error do else lease-script script on-up on-down up-script down-script
  test-script on-login on-logout
`);

/** Words that join conditions in `where` clauses and expressions. */
export const WORD_OPERATORS = words(`and or not in`);

/**
 * Enumeration values of the IPsec, firewall and certificate arguments (algorithms, DH groups, modes,
 * actions, chains, protocols, key usages), highlighted as constants. `ipsec` is the second half of
 * `ipsec-policy=in,ipsec`, which the console does not offer as a completion.
 */
export const ENUM_VALUES = words(`
  3des accept add-dst-to-address-list add-src-to-address-list address aes-128 aes-128-cbc aes-128-ctr
  aes-128-gcm aes-192 aes-192-cbc aes-192-ctr aes-192-gcm aes-256 aes-256-cbc aes-256-ctr aes-256-gcm
  aggressive ah all any auto base blackhole blowfish broadcast camellia-128 camellia-192 camellia-256
  certificate chacha20poly1305 change-dscp change-mss change-ttl claim clear-df code-sign
  content-commitment crl-sign data-encipherment dccp ddp decipher-only des digital-signature
  disable-dpd discard dn drop dst-nat dstnat dvcs eap eap-mschapv2 eap-peap eap-radius eap-tls
  eap-ttls ecp256 ecp384 ecp521 egp ein-dnat ein-snat email-protect encap encipher-only encrypt
  endpoint-independent-nat esp established etherip exact exclusively fasttrack-connection forward
  fqdn ggp gre hmp icmp icmpv6 idpr-cmtp igmp ignore ike2 in input invalid ipencap ipip ipsec
  ipsec-ah ipsec-esp ipv6-encap ipv6-frag ipv6-nonxt ipv6-opts ipv6-route iso-tp4 jump key-agreement
  key-cert-sign key-encipherment key-id l2tp local log main mark-connection mark-packet mark-routing
  masquerade md5 modp1024 modp1536 modp2048 modp3072 modp4096 modp6144 modp768 modp8192 multicast
  netmap new no-mark none notrack null obey ocsp-sign ospf out output passthrough pem pim pkcs12
  port-override port-strict postrouting pre-shared-key pre-shared-key-xauth prerouting prime256v1 psk
  psk-ike-initial pup qkd rdp redirect reject related remote-id require return route rsa-key
  rsa-signature-hybrid rspf rsvp same sctp secp384r1 secp521r1 set-priority sha1 sha256 sha384 sha512
  sniff-pc sniff-tzsp socksify src-nat srcnat st strict strip-ipv4-options tarpit tcp timestamp
  tls-client tls-server twofish udp udp-lite unicast unique untracked use user-fqdn vmtp vrrp x25519
  xns-idp xtp
`);
