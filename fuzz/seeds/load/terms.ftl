### filterspec (FILTERSPEC) = 필터 사양
### flow descriptor (FLOWDESCRIPTOR) = 흐름 설명자
### shaping = 셰이핑
### sender = 송신자
