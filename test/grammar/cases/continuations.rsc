# SYNTAX TEST "source.routeros" "lines folded by an export"
add action=accept chain=forward comment="defconf: accept in ipsec policy" ipsec-policy=\
#                                                                                      ^ constant.character.escape.line-continuation.routeros
    in,ipsec
#   ^^ meta.argument.routeros meta.value.routeros constant.other.enum.routeros
#      ^^^^^ meta.value.routeros constant.other.enum.routeros
add name=group policy="local,telnet,ssh,ftp,reboot,read,write,policy,test,pas\
#                                                                            ^ string.quoted.double.routeros constant.character.escape.line-continuation.routeros
    sword,web,sniff"
# <---- string.quoted.double.routeros
#   ^^^^^^^^^^^^^^^ string.quoted.double.routeros
add address=1.1.1.72/32 local-address=1.1.1.27 \
#                                              ^ constant.character.escape.line-continuation.routeros
    secret="\$2018\$" comment=\
#   ^^^^^^ entity.other.attribute-name.routeros - meta.value.routeros
#           ^^ constant.character.escape.routeros
    "\C2 \F1\F2"
#   ^ meta.value.routeros string.quoted.double.routeros punctuation.definition.string.begin.routeros
#    ^^^ constant.character.escape.routeros
add comment="a long text that begins with a space after the fold#\
    \_=====" disabled=yes
#   ^^ string.quoted.double.routeros constant.character.escape.routeros
#            ^^^^^^^^ entity.other.attribute-name.routeros
add dst-address=10.0.0.0/8 \
   disabled=yes
#  ^^^^^^^^ entity.other.attribute-name.routeros
