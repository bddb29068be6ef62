WSAEINTR = å€¼
    .detail =  ÃƒÂ© ??? ï¿½
WSAEINTR = { WSAEINTR }
    .detail = { $arg } { -nope }
ÿþ
