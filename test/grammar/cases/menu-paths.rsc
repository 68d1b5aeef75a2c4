# SYNTAX TEST "source.routeros" "menu paths, with spaces or slashes, absolute or relative"
/ip ipsec peer
# <- meta.menu-path.routeros punctuation.separator.path.routeros
#^^ meta.menu-path.routeros support.class.menu.routeros
#   ^^^^^ support.class.menu.routeros
#         ^^^^ support.class.menu.routeros
/ip/ipsec/peer
#  ^ punctuation.separator.path.routeros
#   ^^^^^ support.class.menu.routeros
#         ^^^^ support.class.menu.routeros
/ip/ipsec/policy/add src-address=10.1.0.0/24
#               ^ punctuation.separator.path.routeros
#                ^^^ entity.name.function.command.routeros - support.class
/ip firewall filter add chain=input
#                   ^^^ entity.name.function.command.routeros
#                       ^^^^^ entity.other.attribute-name.routeros - support.class
ipsec proposal
# <----- meta.menu-path.routeros support.class.menu.routeros
#     ^^^^^^^^ support.class.menu.routeros
.. profile
# <-- meta.menu-path.routeros support.class.menu.routeros
#  ^^^^^^^ support.class.menu.routeros
firewall nat add chain=srcnat action=accept
# <-------- support.class.menu.routeros
#        ^^^ support.class.menu.routeros
#            ^^^ entity.name.function.command.routeros
/interface 6to4
#          ^^^^ support.class.menu.routeros
/export
# <- punctuation.separator.path.routeros
#^^^^^^ entity.name.function.command.routeros
/
# <- meta.menu-path.routeros punctuation.separator.path.routeros
