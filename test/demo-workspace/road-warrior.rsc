# Road-warrior server: IKEv2 with certificates for remote users (Windows, macOS, iOS, Android, strongSwan).
# Office LAN 192.168.88.0/24; the server answers as vpn.example.com on ether1; clients get 10.20.0.100-199.

# 1-3. A CA, the server's certificate and one client's, signed by the CA
/certificate
add name=ca common-name=ca key-size=2048 days-valid=3650 key-usage=key-cert-sign,crl-sign
sign ca
add name=vpn.example.com common-name=vpn.example.com subject-alt-name=DNS:vpn.example.com key-usage=tls-server
sign vpn.example.com ca=ca
add name=alice common-name=alice key-size=2048 days-valid=365 key-usage=tls-client
sign alice ca=ca
export-certificate alice type=pkcs12 export-passphrase="alice-laptop-2026"

# 4-5. Addresses handed to the clients, and the office network they reach through the tunnel
/ip pool
add name=rw-pool ranges=10.20.0.100-10.20.0.199
/ip ipsec mode-config
add name=rw-config address-pool=rw-pool address-prefix-length=32 split-include=192.168.88.0/24 static-dns=192.168.88.1 system-dns=no

# 6-8. Phase 2: a template the clients' policies are generated from
/ip ipsec policy group
add name=rw-group
/ip ipsec proposal
add name=rw-proposal auth-algorithms=sha256,sha1 enc-algorithms=aes-256-cbc,aes-128-cbc pfs-group=none
/ip ipsec policy
add src-address=0.0.0.0/0 dst-address=10.20.0.0/24 group=rw-group proposal=rw-proposal template=yes

# 9-11. Phase 1: any client may connect; it proves who it is with its certificate
/ip ipsec profile
add name=rw-profile
/ip ipsec peer
add name=rw-clients exchange-mode=ike2 passive=yes profile=rw-profile
/ip ipsec identity
add peer=rw-clients auth-method=digital-signature certificate=vpn.example.com generate-policy=port-strict mode-config=rw-config policy-template-group=rw-group

# 12. Firewall: IKE, NAT-T and ESP in; traffic from the clients forwarded; both above the drop rules
/ip firewall filter
add action=accept chain=input comment="IKE and NAT-T" dst-port=500,4500 in-interface=ether1 protocol=udp
add action=accept chain=input comment="IPsec ESP" in-interface=ether1 protocol=ipsec-esp
add action=accept chain=input connection-state=established,related
add action=drop chain=input comment="drop everything else from the internet" in-interface=ether1
add action=accept chain=forward comment="from the road warriors" ipsec-policy=in,ipsec
add action=accept chain=forward connection-state=established,related
add action=drop chain=forward connection-nat-state=!dstnat in-interface=ether1
