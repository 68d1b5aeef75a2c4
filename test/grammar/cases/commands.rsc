# SYNTAX TEST "source.routeros" "commands"
add name=ike2-site2
# <--- entity.name.function.command.routeros
set [ find default=yes ] enc-algorithm=aes-256
# <--- entity.name.function.command.routeros
#     ^^^^ entity.name.function.command.routeros
remove numbers=0
# <------ entity.name.function.command.routeros
print detail where dynamic
# <----- entity.name.function.command.routeros
#            ^^^^^ keyword.other.where.routeros
enable 0; disable 1
# <------ entity.name.function.command.routeros
#       ^ punctuation.terminator.statement.routeros
#         ^^^^^^^ entity.name.function.command.routeros
export file=backup
# <------ entity.name.function.command.routeros
/import file-name=flash/config.rsc
#^^^^^^ entity.name.function.command.routeros
/certificate sign ca-template ca-crl-host=203.0.113.1
#            ^^^^ entity.name.function.command.routeros
#                 ^^^^^^^^^^^ string.unquoted.routeros
/certificate export-certificate client1 type=pkcs12 export-passphrase="long passphrase"
#            ^^^^^^^^^^^^^^^^^^ entity.name.function.command.routeros
#                                            ^^^^^^ constant.other.enum.routeros
/ip ipsec policy move 2 destination=0
#                ^^^^ entity.name.function.command.routeros
/ip ipsec active-peers kill-connections
#                      ^^^^^^^^^^^^^^^^ entity.name.function.command.routeros
