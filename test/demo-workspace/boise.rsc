# 2026-11-20 09:20:41 by RouterOS 7.15.3
# model = RB5009UG+S+
#
# Boise office: LAN 192.168.186.0/24 behind 198.51.100.1 (ether1).
# Site-to-site IKEv2 tunnel to Seattle: LAN 192.168.111.0/24 behind 203.0.113.1.
/interface bridge
add name=bridge-lan
/ip address
add address=192.168.186.1/24 interface=bridge-lan network=192.168.186.0
add address=198.51.100.1/24 interface=ether1 network=198.51.100.0
/ip route
add dst-address=0.0.0.0/0 gateway=198.51.100.254
/ip ipsec profile
add dh-group=ecp384,modp2048 enc-algorithm=aes-256,aes-128 hash-algorithm=sha256 name=to-seattle
/ip ipsec proposal
add auth-algorithms=sha256 enc-algorithms=aes-256-cbc,aes-128-cbc name=to-seattle pfs-group=modp2048
/ip ipsec peer
add address=203.0.113.1/32 exchange-mode=ike2 local-address=198.51.100.1 name=seattle profile=to-seattle
/ip ipsec identity
add auth-method=pre-shared-key peer=seattle secret="q8Vt-2mWz-Lp4r-Xc7n-Hs3k-Jd9a"
/ip ipsec policy
add action=encrypt dst-address=192.168.111.0/24 peer=seattle proposal=to-seattle src-address=192.168.186.0/24 tunnel=yes
/ip firewall filter
add action=accept chain=input comment="IKE and NAT-T" dst-port=500,4500 in-interface=ether1 protocol=udp
add action=accept chain=input comment="IPsec ESP" in-interface=ether1 protocol=ipsec-esp
add action=accept chain=input connection-state=established,related
add action=drop chain=input comment="drop everything else from the internet" in-interface=ether1
add action=accept chain=forward comment="arrived through the tunnel" ipsec-policy=in,ipsec
add action=fasttrack-connection chain=forward connection-state=established,related
add action=accept chain=forward connection-state=established,related
add action=drop chain=forward connection-nat-state=!dstnat in-interface=ether1
/ip firewall nat
add action=accept chain=srcnat comment="no NAT towards Seattle" dst-address=192.168.111.0/24 src-address=192.168.186.0/24
add action=masquerade chain=srcnat out-interface=ether1
/ip firewall raw
add action=notrack chain=prerouting comment="keep the tunnel out of FastTrack" dst-address=192.168.111.0/24 src-address=192.168.186.0/24
add action=notrack chain=prerouting dst-address=192.168.186.0/24 src-address=192.168.111.0/24
