# SYNTAX TEST "source.routeros" "values by kind"
add lifetime=1d2h dpd-interval=8s timeout=00:30:00 interval=00:00:00.200 delay=100ms
#            ^^^^ meta.value.routeros constant.numeric.time.routeros
#                              ^^ constant.numeric.time.routeros
#                                         ^^^^^^^^ constant.numeric.time.routeros
#                                                           ^^^^^^^^^^^^ constant.numeric.time.routeros
#                                                                              ^^^^^ constant.numeric.time.routeros
add address=192.168.88.1 dst-address=10.1.0.0/24 netmask=10.0.0.0/255.0.0.0
#           ^^^^^^^^^^^^ constant.numeric.address.ipv4.routeros
#                                    ^^^^^^^^^^^ constant.numeric.prefix.ipv4.routeros
#                                                        ^^^^^^^^^^^^^^^^^^^ constant.numeric.prefix.ipv4.routeros
add ranges=10.20.0.100-10.20.0.199,10.30.0.5 dst-port=500,4500 tcp-mss=1441-65535
#          ^^^^^^^^^^^^^^^^^^^^^^^ constant.numeric.range.ipv4.routeros
#                                 ^ punctuation.separator.list.routeros
#                                  ^^^^^^^^^ constant.numeric.address.ipv4.routeros
#                                                     ^^^ constant.numeric.integer.routeros
#                                                         ^^^^ constant.numeric.integer.routeros
#                                                                      ^^^^^^^^^^ constant.numeric.range.routeros
add address=2001:db8::1/64 sa-src-address=:: gateway=fe80::1
#           ^^^^^^^^^^^^^^ constant.numeric.prefix.ipv6.routeros
#                                         ^^ constant.numeric.address.ipv6.routeros
#                                                    ^^^^^^^ constant.numeric.address.ipv6.routeros
add mac-address=02:3B:B5:9B:56:25 secret=0x6d7973656372 numbers=*1A
#               ^^^^^^^^^^^^^^^^^ constant.numeric.mac-address.routeros
#                                        ^^^^^^^^^^^^^^ constant.numeric.hex.routeros
#                                                               ^^^ constant.numeric.id.routeros
add passive=yes tunnel=no trusted=true disabled=false
#           ^^^ constant.language.boolean.routeros
#                      ^^ constant.language.boolean.routeros
#                                 ^^^^ constant.language.boolean.routeros
#                                               ^^^^^ constant.language.boolean.routeros
add enc-algorithms=aes-256-gcm,aes-128-cbc auth-algorithms=null ipsec-policy=in,ipsec
#                  ^^^^^^^^^^^ string.unquoted.routeros constant.other.enum.routeros
#                             ^ punctuation.separator.list.routeros
#                                                          ^^^^ constant.other.enum.routeros
#                                                                            ^^ constant.other.enum.routeros
#                                                                               ^^^^^ constant.other.enum.routeros
add name=office-b my-id=fqdn:vpn.example.com max-limit=2M/2M
#        ^^^^^^^^ string.unquoted.routeros - constant.other.enum.routeros
#                       ^^^^^^^^^^^^^^^^^^^^ string.unquoted.routeros
#                                                      ^^ constant.numeric.integer.routeros
#                                                        ^ punctuation.separator.slash.routeros
