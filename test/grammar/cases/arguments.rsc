# SYNTAX TEST "source.routeros" "argument names and assignment"
add address=203.0.113.1/32 exchange-mode=ike2 profile=site-b
#   ^^^^^^^ meta.argument.routeros entity.other.attribute-name.routeros
#          ^ keyword.operator.assignment.routeros
#                          ^^^^^^^^^^^^^ entity.other.attribute-name.routeros
add disabled=no local.address=192.0.2.1 .role=ebgp
#               ^^^^^^^^^^^^^ entity.other.attribute-name.routeros
#                                       ^^^^^ entity.other.attribute-name.routeros
set 0 !port protocol=udp
#     ^ keyword.operator.negation.routeros
#      ^^^^ - entity.other.attribute-name.routeros
add chain=forward src-address=!10.0.0.0/8
#                             ^ keyword.operator.negation.routeros
#                              ^^^^^^^^^^ constant.numeric.prefix.ipv4.routeros
