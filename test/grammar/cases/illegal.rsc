# SYNTAX TEST "source.routeros" "a backslash outside a string is illegal unless it folds the line"
add comment=a\b disabled=yes
#            ^ invalid.illegal.backslash.routeros
add chain=input \ action=drop
#               ^ invalid.illegal.backslash.routeros
add chain=input action=drop \  
#                           ^ constant.character.escape.line-continuation.routeros - invalid.illegal.backslash.routeros
    disabled=yes
