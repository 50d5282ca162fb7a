#!/usr/bin/env python3
"""Writes probe60.jsonl: a small, fictional, blind probe set (60 conversations).
All names, handles, numbers and places in chats are invented. Standard library only.
Deterministic: the same output every run."""
import datetime
import json
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe60.jsonl")
NN = "60"

ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
    "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
    "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
    "photo_request", "sexual_talk", "meeting",
}

CONVS = []
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def add(key, label, codes, lang, who, start, script, to=None, gap=(12, 420)):
    """key: e.g. 'en1'. who: dict speaker-letter -> handle.
    script lines: 'A: text'  or a gap marker '@3h' / '@2d' / '@40m'.
    to: fixed recipient (group id or public feed); otherwise the other party."""
    rng = random.Random(zlib.crc32(("p60" + key).encode("utf-8")))
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    msgs = []
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            n, unit = int(line[1:-1]), line[-1]
            t += datetime.timedelta(**{_UNITS[unit]: n})
            t += datetime.timedelta(seconds=rng.randint(0, 1500))
            continue
        spk, text = line.split(":", 1)
        text = text[1:] if text.startswith(" ") else text
        sender = who[spk]
        if to is not None:
            recipient = to
        else:
            others = [v for k, v in who.items() if k != spk]
            if len(others) != 1:
                raise ValueError("need 'to' for group chat " + key)
            recipient = others[0]
        if msgs:
            t += datetime.timedelta(seconds=rng.randint(*gap))
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"id": "p%s-%s" % (NN, key), "label": label,
                  "codes": list(codes) if label == 1 else [],
                  "lang": lang, "messages": msgs})


# ---------------------------------------------------------------------------
# LONG CHATS (35-80 messages)
# ---------------------------------------------------------------------------

# en1 - US - online game: adult "duo partner" grooms a 13 y/o (label 1)
add("en1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "vulnerability",
               "isolation", "off_platform", "secrecy", "photo_request",
               "risk_assessment", "meeting"], "en",
    {"A": "vortexx_ttv", "B": "kaiden.plays"}, "2026-01-09T23:41:00Z", """
A: yo that clutch in zone 4 was nasty
B: lol ty
B: i almost died tho
A: nah u were cracked fr. u play ranked?
B: no im not good enuf
A: bro ur better than half my clan
A: wanna duo again tmrw
B: ok sure
@1d
A: u on?
B: ya 1 sec my mom making me eat
A: lol take ur time
B: ok on now
A: inv sent
@2h
A: gg ez
B: that was so fun
A: how old r u anyway u sound young on vc haha no offense
B: 13
B: 14 in april
A: fr?? u play way older than that
A: im 17 lol dont tell nobody im carrying middle schoolers 😂
B: lmaooo ok
@2d
A: yo i saw ur still on the free pass
B: ya my dad said no more money on games
A: thats lame. i got extra shards i can gift u
B: wait fr??
A: ya its nothin to me. just dont say it in party chat or evry1 gonna beg lol
B: ok ty sm
A: sent. check ur inbox
B: YOOO thank u
A: 🤝 thats what duos r for
@3d
B: my parents were yelling again last nite
A: damn thats rough. bout what
B: idk money. and me
A: u can always talk to me u know. i dont judge
B: ok
A: ur parents dont really get u huh
B: not rly
A: i get u tho. ur mature for ur age for real
@1d
A: u got disc? game chat is trash
B: my mom doesnt let me have it
A: u can make one she wont see. just turn notifs off and dont put it on the home screen
B: idk
A: its chill its just easier to talk. same name as here
B: ok made one
@5h
A: ok random question dont make it weird
A: u got a pic of u? i dont even know what u look like lol
B: why
A: curious bro i showed u my setup. fair trade 😂
B: i guess
B: [image]
A: ur a good lookin kid fr. bet the girls at ur school be on u
B: no lol
A: got one thats not a school pic? like just chillin in ur room. more real
B: like what
A: nvm whatever u got. no rush
A: oh and delete our chats after ok. ppl get weird about older guys gaming w younger kids its dumb
B: ok
@2d
A: does ur door lock lol. asking bc we should vc late when ur parents r asleep
B: ya it locks
A: perfect. wait ur in ohio right
B: ya near columbus
A: no way my uncle lives like 20 min from there. i could come thru sometime and bring u my old controller
B: fr?
A: fr. just dont tell ur parents theyd make it a whole thing
""")

# en2 - UK - fake academy "scout" grooms a 14 y/o footballer (label 1)
add("en2", 1, ["compliments_trust", "age_probe", "secrecy", "money_gifts_debt",
               "risk_assessment", "photo_request", "isolation", "meeting", "travel_meet"], "en",
    {"A": "danny.scouting_", "B": "alfie_m09"}, "2025-10-04T17:05:00Z", """
A: Alright Alfie, Danny here. Been watching your clips on here, that left foot is proper
B: oh thanks
B: who r u
A: I do scouting for a couple of academies up north, cant say which yet, clubs are funny about it
A: What age group you in mate, u14s?
B: yeah u14s at Westfield Rangers
A: Thought so. Youre ahead of most lads i see at that age honestly
B: cheers mate 😁
@1d
A: Your coach putting you in the right position? You look like a 10 to me not a winger
B: he plays me on the wing cos of pace
A: Waste. Anyway keep it to yourself that im looking at you, if your coach finds out he'll try to block it, they dont want to lose their best players
B: oh ok
A: And dont post about it obviously
B: i wont
@2d
A: You got decent boots? saw you playing in them old ones
B: lol theyre my brothers old ones
A: Ill sort you some. what size
B: 7 but u dont have to
A: Its an investment mate. Need my players looking the part
B: thats mad thank u
@3d
A: Boots should be at yours thurs. Just say you won them off a insta comp if your mum asks, easier than explaining
B: ok
B: they came!!! theyre sick
A: Told you. Do you get the train on your own or does your dad take you everywhere
B: i get the train to school on my own
A: Good lad, independent. Academy lads need that
@2d
A: Need to put a file together for the club. Send us a full length pic so they can see your build, height etc
B: like in kit?
A: whatever. just stand against a wall. the more natural the better
B: ok ill do it later
A: Just send it here not on the group thing
@1d
B: sent it
A: Good. Youre built well for your age. Does your mum look at your phone?
B: not really
A: Keep it that way lol. parents get overexcited and it puts pressure on lads, ive seen it ruin kids
@4d
A: Right trial is looking good for half term. Ill pick you up from the station and take you
B: do i need my dad to come
A: Nah honestly better without. Parents on the sideline make lads nervous, and the club only want to see you
A: We might stay over at mine the night before so youre fresh, its closer
B: i'd have to ask
A: Tell them its a football camp with the school. keeps it simple till its signed
B: idk if they'll believe that
A: Youre smart, youll work it out. This is your shot mate dont waste it
""")

# en3 - Scottish - loverboy: love-bombing, isolation, debt, then "be nice to my pal" (label 1)
add("en3", 1, ["romance", "compliments_trust", "money_gifts_debt", "isolation",
               "vulnerability", "control", "commercial_sex", "secrecy"], "en",
    {"A": "dale_mcx", "B": "kayleigh.xo"}, "2025-08-14T20:12:00Z", """
A: hiya gorgeous, u were at Jordans party on sat eh
B: aye lol who's this
A: Dale. was the one by the door in the black north face. couldnae stop lookin at ye tbh
B: omg stoppp 🙈
A: serious. how old are ye
B: 17 in november
A: wee baby 😂 naw am jokin. ye seem older than that
@1d
A: what ye up tae hen
B: nothin just in my room, ma maw's on one again
A: what's she sayin
B: just that am useless n a waste of space. same as always
A: that's pure out of order. ye deserve better than that honestly
A: if ye ever need out just say n al come get ye
B: u would?
A: in a heartbeat x
@3d
A: got ye somethin. come doon the road
B: omg the trainers!!! dale ye cannae be doin this
A: can dae whatever a want for ma girl 😘
B: am yer girl now is it 😂
A: if ye want tae be x
B: aye x
@5d
B: shannon says am movin too fast wi u
A: shannon's jealous babe. she's nae man n she wants ye tae be the same
A: honestly a dinnae trust her. she's been chattin aboot ye behind yer back
B: has she?? wtf
A: am just sayin. ye dinnae need folk like that. ye've got me
B: aye ur right
@1w
B: had the worst fight wi ma maw. she says if a go tae yours again dinnae come back
A: then dinnae go back. stay at mine, al look after ye
B: serious?
A: serious. bring yer stuff. n switch yer location aff, she'll only start
@4d
A: babe al need tae talk tae ye aboot somethin, dinnae freak
B: what
A: a owe some boys money. 2 grand. it's fae before a met ye. they're no nice people
B: omg are u ok
A: they said theyll smash ma hoose in if a dinnae sort it. ye'd be in it
B: dale that's scary
A: a know. there's a way but ye'll need tae help me
B: anything
A: ma pal kev's a good guy, he's loaded. he's always said ye're stunnin
A: if ye just go for a drink wi him, keep him company, be nice tae him, he'll wipe half of it
B: what do u mean be nice
A: ye know what a mean babe. it's wan time. it's for us
B: i dinnae want tae
A: so ye'd rather they come for me? after everythin a've done for ye?? trainers, nails, a roof
B: that's no fair
A: naebody else would take ye in kayleigh. mind that
B: ok. wan time
A: that's ma girl x. and dinnae tell shannon or anybody. no even a hint
A: wear the new top. a'll drop ye aff at 9
""")

# en4 - South African - fake hotel job in Dubai, costs "advanced" (label 1)
add("en4", 1, ["job_offer", "off_platform", "travel_meet", "money_gifts_debt",
               "photo_request", "secrecy", "control", "risk_assessment", "vulnerability"], "en",
    {"A": "Thandi | GulfStar Placements", "B": "Lerato M"}, "2026-02-02T08:30:00Z", """
B: Hi I saw the post in the Jobs Gauteng group about waitress posts in Dubai. Are they still open?
A: Hi dear 😊 yes still open but filling fast. Let's move to WhatsApp its easier, 555-0134
@2h
B: Hi its Lerato from the FB group
A: Hi Lerato welcome! How old are you and do you have a passport?
B: I'm 22. No passport yet but I can apply
A: Perfect age. Are you working at the moment?
B: No eish, I finished my diploma last year and nothing since. I'm helping my gogo at home
A: Shame, I understand. This will change your life sisi
A: Salary is 25 000 rand per month, accommodation free, tips extra
B: Haibo that's a lot! What hotel?
A: 5 star in the Marina, I'll give the name when your file is approved. The clients are very strict about privacy
@1h
B: What do I need to pay? I don't have money for flights
A: Don't worry dear the agency advances everything. Flight, visa, medical. Total R18 500
A: You pay back from salary, small small, it's deducted monthly
B: Oh ok that's fine then
A: Send me your ID copy and 2 full length photos, one smart, one casual. The manager chooses from pics
B: Why full length?
A: For uniforms and because it's front of house, appearance matters. Normal in hospitality
B: Ok will send tonight
@1d
B: Sent. My mother is asking what company it is
A: Tell her it's a hotel, that's all. Mothers worry and then they spoil the opportunity
A: Many girls lost this chance because family got involved. Don't share the details with anyone, other people will try to take your slot
B: Ok I understand
@2d
A: Good news! The manager liked your photos 😍 you are approved
B: Yoh!! Thank you so much
A: Visa will be a visit visa, we convert it to work visa when you are there. Quick process
B: Is that allowed?
A: Everyone does it. At OR Tambo if they ask, say you are going on holiday to see a friend. Don't mention work, they will delay you
B: Ok
A: When you land our driver collects you. The manager keeps your passport for the work permit, normal procedure
B: How long will he keep it?
A: Until the permit is done. Also the first weeks some girls help at VIP events with guests, you sit with them, make them happy, very good tips
B: What kind of events
A: Nothing to worry about, just be friendly. Flight is Friday 23:40. Seats are limited, if you delay I give it to the next girl
B: Friday is soon
A: Opportunities don't wait sisi. Send me your banking details so we can deposit R500 for your bag and airport transport, you'll owe it with the rest
""")

# en5 - Filipino (Taglish) - "waitress" job in Kuala Lumpur, tourist visa, debt (label 1)
add("en5", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
               "vulnerability", "risk_assessment", "commercial_sex", "off_platform"], "en",
    {"A": "Mam Joy Recruitment", "B": "rhea.dlc"}, "2025-11-18T03:10:00Z", """
A: Hi ganda! nakita ko comment mo sa post, interested ka pa ba sa work abroad?
B: hello po opo interested po ako
A: sige usap tayo sa messenger nlng pra private 😊
@20m
A: ilang taon ka na?
B: 19 po
A: ok pwede. taga saan ka
B: samar po
A: ano trabaho mo ngayon
B: wala po, tumutulong lang po sa tindahan ni tita. si mama po may sakit
A: aww kawawa naman. kaya nga eto opportunity para sa inyo
A: waitress sa restaurant sa KL malaysia. 35k pesos per month plus tips, libre bahay
B: grabe po ang laki. totoo po ba
A: totoo! marami na ko napaalis, yung iba nakapagpatayo na ng bahay 🏠
@1h
B: magkano po babayaran ko? wala po kami pera
A: no need ka maglabas ngayon. sagot muna namin ticket, hotel sa manila, pocket money
A: kakaltasin lang sa sahod mo monthly, mga 80k lahat
B: ah ok po
A: tourist visa muna ha, mas mabilis. pag nandun ka na ayusin ng boss ang working papers
B: hindi po ba kailangan ng OEC or something
A: naku matagal yun ate, 3 months pa. sayang sahod. lahat ng girls ko tourist muna
@1d
A: pag tinanong ka sa immigration sa airport sabihin mo bakasyon ka lang, dadalaw sa pinsan. wag mo sasabihin trabaho ha
B: bakit po
A: kasi ioffload ka nila, tapos masasayang ticket na binili namin, ikaw magbabayad nun
B: ay sige po
A: at wag mo muna ipost sa fb or sabihin sa barkada. maraming inggit, minsan sila pa nagrereport
B: si mama lang po sasabihan ko
A: ok pero restaurant lang sabihin mo ha, wag na detalye. para di mag alala
@2d
B: mam ano po exactly gagawin sa restaurant
A: serve ng drinks, tapos minsan samahan mo lang customers sa table, kwentuhan, inom konti. guest relations tawag dun
B: inom po? hindi po ako umiinom
A: matututo ka din haha. mas malaki tips pag mabait ka sa customer. yung iba may lady drink commission pa
B: ok po
A: send ka ng 3 pics, isa naka dress, pra makita ng boss
B: wala po ako dress mam
A: hiram ka kay tita mo or ako na bibili sa manila 😘 add lang natin sa utang mo
@1d
A: ok na booking mo. punta ka manila sa 28, susunduin ka ni kuya ben sa terminal
B: mam pwede po ba ako magdala ng phone ko
A: oo pero pag nandun na kay boss muna passport mo para safe, baka mawala mo
B: ok po salamat po talaga
A: basta sumunod ka lang at wag maarte, mabilis mo mababayaran utang mo 🙏
""")

# en6 - US - guitar teacher grooming a 13 y/o student over text (label 1)
add("en6", 1, ["compliments_trust", "vulnerability", "isolation", "secrecy",
               "money_gifts_debt", "risk_assessment", "photo_request", "meeting",
               "exclusivity"], "en",
    {"A": "Mr. Brandt (guitar)", "B": "Maddie"}, "2025-09-22T22:04:00Z", """
A: hey maddie it's mr brandt, got your number from the sign up sheet. great job on the riff today!!
B: thank u!!
A: honestly you're picking it up faster than kids twice your age. you've got real feel
B: omg really
A: really. most of my students just go through the motions. you're different
@2d
B: i cant get the barre chord its so hard 😭
A: everyone struggles w it at first. send me a quick video and i'll tell you what's wrong
B: ok
B: [video]
A: your wrist is too low, but the tone is already nice. you're a natural kiddo
@3d
B: my mom says i have to quit if my grades dont go up
A: oh no. that would be such a waste of talent
A: is she always that strict?
B: kinda. she doesnt rlly care about music she thinks its a hobby
A: it's not a hobby for you though. i can tell
A: you can always vent to me. i know what it's like not to be understood at home
B: ty. its nice someone gets it
@1d
A: tell you what, i'll give you an extra lesson thursdays for free. just between us, your mom would think she has to pay and it'd turn into a whole thing
B: rly?? ok
A: our secret. i don't do this for other students so don't mention it at the studio either
B: i wont
@4d
A: how was school today
B: bad. everyone is so fake
A: you're more mature than kids your age, that's why. you'd get along better with older people
B: maybe lol
A: definitely. i forget you're 13 when we talk honestly
@2d
A: does your mom check your phone?
B: sometimes. why
A: just wondering. maybe delete our texts after, she might not understand the extra lessons thing and then i'd get in trouble and couldnt teach you anymore
B: ok ill delete them
@1d
A: the studio's being painted thurs, so let's do the lesson at my place instead. it's quieter anyway
B: idk if i can get there
A: i can pick you up after school. by the back gate, not the front where the parents wait
B: ok
A: you could wear that blue dress from the recital, you looked so grown up in it. send me a pic if you still have it
B: lol why
A: just want to see my favorite student 😊 no big deal
A: and remember, you're my favorite. you're the only one i do this for
""")

# en7 - Ghanaian - fake girl profile, moves to WhatsApp, then sextortion of a 16 y/o (label 1)
add("en7", 1, ["romance", "compliments_trust", "age_probe", "off_platform",
               "photo_request", "sextortion", "money_gifts_debt"], "en",
    {"A": "abena_.sweet", "B": "kwame.jnr_"}, "2026-03-05T19:22:00Z", """
A: hiii handsome 😍
B: hi. do i know u?
A: not yet 🙈 i saw ur pics on ur friend's page. u look fine paa
B: haha thanks
A: where u dey
B: kumasi. u?
A: accra. i'm in shs 2. u?
B: shs 1. im 16
A: ei u look older oo. i like matured guys 😏
B: lol how far then
A: i'm fine. bored. my parents travelled
@1h
A: chale this app dey hang. u get whatsapp?
B: yes
A: send ur number let's chat there
B: 555-0117
@10m
A: it's me abena 💕
B: hey
A: u be shy paa 😂
B: no o im just in class assignment
A: assignment at night? u be serious guy. i like that
A: [image]
A: that's me. u like?
B: wow u are beautiful
A: thank u dear. u get gf?
B: no
A: then let me be ur gf 😌
B: haha ok
@1d
A: babe i miss u
B: miss u too
A: i sent u my pic, where mine? show me u like me small
B: wait let me take one
B: [image]
A: hmm that one too normal. send a special one. one for only me 🙈 i'll delete after
B: herh i don't know oo
A: u don't trust me? after i showed u
B: ok wait
B: [image]
A: 😍
@5m
A: now listen carefully
A: i have screenshots of all ur followers. ur mum, ur headmaster page, ur church group
A: send 1500 cedis by momo in 1 hour or i post ur pic everywhere
B: what?? abena please
A: i'm not abena. pay or see what happens
B: please i don't have that money. i'm a student
A: u have 55 minutes. 555-0171 momo
B: please delete it. i beg u
A: borrow. sell ur phone. i don't care
B: i have 300 only
A: send it now. then we talk
B: i sent 300
A: good boy. remaining 1200 by tomorrow 8am or i start with ur mum
B: please
A: and if u block me, i post immediately. don't try me
""")

# en8 - Jamaican - adult neighbour grooms a 13 y/o girl with phone credit and secrecy (label 1)
add("en8", 1, ["money_gifts_debt", "secrecy", "risk_assessment", "compliments_trust",
               "vulnerability", "isolation", "meeting"], "en",
    {"A": "Delroy W", "B": "shanice_x"}, "2025-07-03T16:40:00Z", """
A: Wah gwaan shanice. A Mr Delroy from next door. Yuh mada gi mi di number fi when she need smaddy fi check pon yuh
B: oh hi mr delroy
A: Yuh alright? Mi see yuh a siddung pon di step alone yessiday
B: mi did lock out. mommy did deh a work
A: Next time come by mi. Nuh siddung inna hot sun
B: ok
@1d
A: Yuh have credit? Mi jus put 500 pon yuh phone
B: omg tank yuh!!
A: No problem. Nuh bodda tell yuh mada mi send it, she wi seh mi a spoil yuh an vex
B: ok mi nah tell her
@3d
A: Yuh mada work late again tonight?
B: yea till 11. every night dis week
A: Yuh nuh fraid fi stay by yuhself
B: likkle bit
A: Mi deh right yah suh. Yuh can always message mi. Mi nuh sleep early
B: ok tanks
@2d
B: mommy cuss mi today fi nuttin
A: Wah happen
B: she seh mi worthless an mi jus like mi daddy
A: Dat nuh right. Yuh a good girl. Yuh smart an yuh pretty. Don't mind har
B: tanks mr delroy
A: Yuh can call mi uncle D. Mi nuh like how she treat yuh
@1d
A: Di mango tree full. Come fi some after school
B: ok mi wi come
A: Come roun di back. Di front gate stiff
A: Who else deh a yuh yard afternoon time
B: nobody till mommy come
A: Good good. Mi wi have some juice fi yuh
@2d
A: Yuh getting big now eeh. Look like a lady inna dat church dress sunday
B: lol
A: Wha size shoes yuh wear? Mi see some nice sandals a town
B: 6
A: Mi wi buy dem. Just our likkle ting. Delete di messages dem afta yuh read, yuh mada go through yuh phone?
B: sometimes
A: Den delete dem. Yuh nuh waan har tek weh yuh phone
B: ok
@3d
A: Yuh nuh come by all week. Mi miss yuh company
B: mi did have exam
A: Come tomorrow afta school. Just yuh one, nuh bring yuh fren dem
B: why
A: Cause mi have sumting special fi yuh an mi nuh have enuff fi everybody. Our secret ok
B: ok uncle D
""")

# es1 - Colombian Spanish - fake modelling agency abroad, advanced costs, "cenas con empresarios" (label 1)
add("es1", 1, ["job_offer", "compliments_trust", "off_platform", "photo_request",
               "travel_meet", "money_gifts_debt", "secrecy", "commercial_sex", "control"], "es",
    {"A": "vale.lumiere.talent", "B": "dani_restrepo_"}, "2025-12-01T15:10:00Z", """
A: Hola Daniela!! 💫 Soy Valeria, scout de Lumière Talent. Vimos tu perfil y tienes justo el look que buscan en Madrid
B: holaa en serio?? 😱
A: Sii. Tienes rasgos muy comerciales. Cuántos años tienes y cuánto mides?
B: 18, mido 1.70
A: Perfecto. Estamos armando un grupo de chicas latinas para temporada en España
B: que emocion pero yo nunca he modelado
A: No importa mi amor, nosotros te preparamos
A: Me pasas tu WhatsApp? Por aquí no puedo mandar el contrato
B: 555-0148
@3h
A: Hola reina, aquí Valeria 💕
B: holaa
A: Te cuento: tú viajas, nosotros adelantamos el pasaje y el hotel los primeros dos meses. Luego lo vas pagando con tus primeros trabajos
B: y cuanto seria eso
A: Unos 4.500 euros con todo. Tranquila, una modelo lo recupera en un mes
B: uff es mucha plata
A: Es una inversión en ti. Solo necesitas el book, eso sí lo pagas tú, 300 dólares, con nuestro fotógrafo
B: ah bueno, eso lo puedo conseguir con mi tía
@1d
A: Mándame fotos naturales, sin maquillaje, cuerpo completo, para que el cliente te vea
B: ya te las mando
B: [imagen]
B: [imagen]
A: Divina 😍 el director quedó encantado
@2d
B: mi mamá pregunta el nombre de la agencia en Madrid para buscarla
A: Dile que es confidencial hasta firmar. Las mamás se asustan con todo y al final pierden las oportunidades de las hijas
A: Mejor no le des muchos detalles, ni a tus amigas. Hay mucha envidia
B: ok, entiendo
@1d
A: Otra cosa. Aparte de las sesiones, a veces hay cenas con empresarios que patrocinan a la agencia
B: cenas?
A: Sí, acompañarlos, ser simpática. Pagan muy bien, 500 euros la noche. Muchas chicas pagan la deuda así en semanas
B: pero eso es parte del modelaje?
A: Es networking mi vida 😉 así funciona este mundo. Nadie te obliga… pero ayuda mucho
B: no sé, me da un poco de miedo
A: Tranquila, vas a estar con otras chicas colombianas, en un piso de la agencia
@2d
A: Ya tenemos tu vuelo, sales el 14 desde Rionegro
B: tan rápido??
A: Sí, si no se pierde el cupo. En migración di que vas de turismo, que visitas a una amiga. Si dices trabajo te devuelven
B: ok
A: Cuando llegues, Marcos te recoge. Él te guarda el pasaporte para los trámites del permiso
B: y yo no lo tengo conmigo?
A: Es por seguridad, allá roban mucho. Confía en mí reina, yo quiero lo mejor para ti 💕
B: bueno. gracias Vale
A: Y borra este chat cuando llegues, el contrato es confidencial 🤫
""")

# fr1 - French - loverboy targets a 15 y/o runaway from a care home (label 1)
add("fr1", 1, ["romance", "vulnerability", "age_probe", "compliments_trust", "isolation",
               "money_gifts_debt", "control", "commercial_sex", "secrecy", "meeting"], "fr",
    {"A": "yaniss_93x", "B": "lina.ptite"}, "2026-01-24T21:35:00Z", """
A: wsh t la meuf de la story avec les ongles roses
B: mdr oui pk
A: t tro belle frr jpp
B: mrc 🙈
A: tas quel age
B: 15
A: ah ouais tfais + grande. moi 22 mais tkt jsuis pas relou
@1d
A: ça va aujourdhui
B: bof chui au foyer les educs me saoulent
A: ptn les foyers c la hess. ils te comprennent pas
B: non personne
A: moi jte comprends. jsuis passé par là aussi
B: srx?
A: ouais. si un jour t'en as marre tu m'envoies un msg, jviens te chercher
@3d
B: jme suis embrouillée avec l'educ, jveux plus rentrer
A: t ou
B: a la gare
A: bouge pas jarrive. tu peux dormir chez un pote à moi, yaura des meufs aussi
B: ok
@1d
A: bien dormi ma belle
B: oui merci pour hier
A: c normal t ma princesse maintenant 👑
A: tu veux quoi, des sapes? jt'emmène au centre commercial
B: tu fais trop pour moi
A: rien n'est trop pour toi
@2d
A: éteins ton tel stp, le foyer peut te localiser. jte file un autre tel avec une puce neuve
B: ah ok
A: et tu dis à personne où t'es. même pas à tes copines du foyer. elles balanceraient
B: d'acc
@4d
A: bb faut qu'on parle
B: quoi
A: l'appart, la bouffe, les sapes, le tel… ça coûte. jsuis dans la merde là
B: jsuis desolée
A: ya un pote qui veut juste passer un moment avec toi. il est gentil
B: comment ça un moment
A: tu comprends ce que jveux dire. c'est juste une fois, c'est pour nous deux
B: jsais pas yaniss
A: après tout ce que jai fait pour toi? tu me dois bien ça non?
B: ok mais juste une fois
A: c'est ma meuf ça ❤️
@3d
A: jai mis une annonce pour toi, tu bouges pas de l'appart ce soir
B: mais tu avais dit une fois
A: t'as encore 800 à rembourser. tu rentres pas au foyer de toute façon, ils veulent plus de toi
B: ok
A: et tu m'envoies tout ce que tu reçois, dès que ya un client tu me textes
""")

# en9 - US - teen gaming squad group chat: ages, gifts, secrets, a sad friend, meetup with parents (label 0)
add("en9", 0, [], "en",
    {"A": "jaylenn_", "B": "tacoboi22", "C": "mia.exe", "D": "zeke_yt"}, "2026-02-13T21:02:00Z", """
A: yo who added the new kid
D: me hes from my cousins school
D: @tacoboi22 say hi lol
B: hi 👋
A: how old r u
B: 14
A: ok same. mia is 13 and zeke thinks hes old bc hes 15 💀
D: i AM old respect ur elders
C: ur literally 15 😭
@10m
B: what rank yall
A: plat 2
C: diamond 🙂‍↕️
D: dont talk abt my rank
A: zeke is bronze fr
D: SILVER
@1d
C: guys i got the dragon skin from the crate
A: NO WAY
B: lucky
C: i can gift the old one to someone
B: me me me
A: give it to taco hes new
C: ok taco sent
B: yooo tysm
@2h
D: ok nobody tell my mom i was on till 2am last nite
A: lmao she's gonna check ur screen time
D: i turned it off 😎
C: ur so done
@2d
C: guys can i say smth
A: ya whats up
C: my parents r getting divorced. they told us today
B: damn im sorry
A: that sucks mia fr
C: i kinda knew but still. i cried in the bathroom at school
D: my parents split in 5th grade. it gets less weird i promise
C: ty zeke
D: u can vent here anytime
A: wanna hop on and just play normals, no tryhard
C: ya that would help
@1h
C: thx guys that actually helped lol
A: ofc
@3d
A: RIFTCON IS IN DALLAS IN MARCH
B: wait fr
D: my dad said he might take me
A: my mom said i can go if someone's parent goes
C: my mom could drive us maybe, i'll ask after the divorce stuff calms down lol
A: we could all go together
B: id have to ask my parents too, they dont know yall irl
D: tell them my dad is a youth pastor lmao instant approval
B: 😂 fr?
D: ya hes v strict tho he will be watching us the whole time
@1d
C: my mom said yes if she can talk to the other parents first
A: ill give her my moms number
D: bet
@4h
B: omg someone sent me a friend req saying they'd give free skins if i go on snap
A: block it thats a scam
C: ya that's those weird accounts, report it
B: ok did
D: never add randoms fr
@2h
A: ok who's on
C: me
B: me
D: 5 min eating
""", to="group:rift_squad")

# en10 - UK - two 15 y/o best mates: loneliness, family rows, secret party, money owed, meet up (label 0)
add("en10", 0, [], "en",
    {"A": "ellie.b", "B": "jess_wxo"}, "2025-11-07T20:15:00Z", """
A: u up
B: ye whats wrong
A: mum and gary going at it again downstairs. cant even hear my music over it
B: ugh ellie im sorry. is it bad bad or just shouting
A: just shouting. about money again. and about me ofc
B: its not ur fault babe
A: feels like it. i just feel so alone in this house
B: ur not alone ur literally never alone ur stuck with me for life 😤
A: lol ok that made me smile
@40m
A: its gone quiet now
B: good. want to come to mine tmrw after school? mum's making lasagne
A: yes pls
@1d
B: ok so dont tell ur mum but liam's having people round saturday, his parents are in spain
A: omg
B: i know. u coming?
A: she'd kill me if she found out
B: say ur sleeping at mine. which is true actually. mum said ur welcome
A: ok but does ur mum know about the party
B: noo 🤫 she thinks we're watching films
A: we're so bad 😂
@2d
A: can u lend me a tenner for the cinema thurs. ill pay u back friday when i get my pocket money
B: course
A: ur the best
@1d
B: ok now i need ur help with something secret
A: go on
B: it's my mum's 40th and dad wants to do a surprise thing. i'm meant to find a present
A: ooh what's she into
B: candles. gardening. crying at bake off
A: get her a bake off mug and a candle and a plant 😂
B: that's actually perfect
@2d
A: do u ever feel like nobody would notice if u just disappeared
B: ellie. are u ok. like properly
A: idk. not like that. just sad
B: i would notice. i'd notice in 5 minutes
B: have u talked to miss kaur? she's nice and she wont tell everyone
A: maybe. i'll go wednesday
B: i'll come with u if u want
A: ok. thanks jess
@3d
A: went to miss kaur. it helped actually. she's gonna talk to mum with me
B: omg im so proud of u
A: 🥹
@1d
B: saturday still on?
A: yep. what r u wearing
B: no idea. come to mine at 6 and we'll panic together
A: deal. and ill bring ur tenner
B: keep it till u've got it lol
""")

# en11 - Scottish - U15 coach, parent and player: academy trial, costs, travel, keeping it quiet (label 0)
add("en11", 0, [], "en",
    {"A": "Gary Docherty (U15s coach)", "B": "Lorraine (Callum's mum)", "C": "Callum R"}, "2026-03-10T18:02:00Z", """
A: Hi Lorraine, Hi Callum. Set up this wee group so we can sort the trial stuff with everybody in it
B: Thanks Gary, appreciate that
C: hiya
A: So. The academy at Broomfield have asked for Callum for a 2 week trial after the Easter break. Their head of youth phoned me today
B: Oh my god!! Callum did you see this
C: aye 😳😳
A: It's a proper trial, nothing guaranteed, but it's a big deal son. You've earned it
C: cheers gaffer
@30m
B: What do we need to do Gary, is there a cost?
A: No cost from them at all. If anybody ever asks you for money for a trial that's a red flag by the way. Only thing is travel, it's 40 min on the train each way
B: That's fine, his dad or me will take him
A: Great. They want a parent at the first session anyway for the welfare forms
A: Also, I'd keep it quiet in the team for now. Not secret from anybody important, just the other lads can get a bit funny and it's not confirmed
C: aye no bother
B: Makes sense
@2d
C: gaffer can a ask something
A: go on
C: am a bit worried a'll be rubbish. they'll all be better than me
A: Everybody feels that. I felt it. You're there because you're good enough, that's it
A: Play your game, talk on the pitch, and if you make a mistake get straight back into it
C: ok
B: He's been quiet all week Gary, think the nerves have hit him
A: Totally normal. Callum if you want to chat about it at training thursday we can, with your mum there too if you like
C: aye that would be good
@3d
B: Quick one, he needs new boots, his are falling apart. Any recommendations? Don't want to spend a fortune
A: Honestly just comfy ones, he doesn't need the £200 ones. The club has a boot bank as well, donated ones, I'll check his size
B: Oh that'd be brilliant. Size 8
A: Will bring a couple of pairs thursday
@1d
C: gaffer the ones u brought are class thank u
A: No bother, give them back when you outgrow them so the next kid gets them
@5d
A: Info from Broomfield: first session is Mon 7th, 5.30pm, main pitch. Parent to meet the welfare officer at reception at 5
B: Perfect, I'll take him. Do they need anything else?
A: Birth cert copy and the medical form, I've emailed it to you
B: Got it thanks
@1w
B: Gary he's just come off the pitch grinning like an eejit. The coach said he wants him back for the second week 🥹
A: Brilliant!! Told you son
C: was pure buzzing
A: Proud of you. Now get your homework done lol
C: 🙄 aye ok
@2d
C: gaffer did a lose my place in the squad on saturday cos of the trial
A: Not at all. You're starting. And we'll tell the lads once Broomfield decide, no point before that
C: sound
B: Thanks for everything Gary, honestly
A: All him Lorraine. See yous saturday, 9.15 at the leisure centre car park
""", to="group:callum_trial_info")

# en12 - South African - genuine cruise-ship recruiter: no fees, contract first, warns about scams (label 0)
add("en12", 0, [], "en",
    {"A": "Nadia | Oceanline Crew Recruitment", "B": "Sipho Dlamini"}, "2025-09-15T07:45:00Z", """
B: Morning, I applied on your website for the assistant waiter position. Got an email to contact this number
A: Morning Sipho, yes thank you for reaching out. This is the official line listed on example.com/careers, please always check that
B: Ok sharp. What's the next step?
A: First a video interview with the hotel department, 30 min. Can you do Thursday 10:00?
B: Ja Thursday is fine
A: Lovely. I'll send the link by email, not WhatsApp
@2d
B: Interview done. I was so nervous eish
A: You did well, they're happy. Next is the medical and the STCW safety course
B: How much do those cost? I must be honest money is tight
A: The medical is about R1 800 at an approved clinic, you pay the clinic directly, never us. STCW is at an accredited training centre, around R6 500
A: We never take any payment from candidates. If anyone ever asks you to pay a recruiter, walk away
B: Ok good to know. Some guy on Facebook wanted R3000 for a "guaranteed placement" 
A: That's a scam. Please report that page
@1d
B: My mom asks if she can phone you to ask some things. She's worried about me going far
A: Of course, totally normal. She can call the office landline on the website, or I can do a call with both of you
B: Thank you. She watched a program about girls taken overseas and now she's scared of everything lol
A: Honestly I'm glad she's asking. Ask us anything. You'll get the full contract to read before you commit to anything
@3d
B: Did the course, passed 💪
A: Congratulations! Send the certificate via the portal please
B: Uploaded
@1w
A: Good news Sipho, you have an offer. 8 month contract, assistant waiter, starting salary in the contract in USD
B: Yoh!! For real?
A: For real 😊 The contract is in your portal. Please go through it with your family. There's a hotline for any questions
B: The flight, do I pay it?
A: No, the company books and pays your flight to join the ship, after you sign. You won't owe it back
B: And my passport, do I give it to someone?
A: No, you keep your passport. The ship holds it at sign-on for port immigration, like every crew member, and you get it back for shore leave and sign-off. It's in section 9 of the contract
B: Ok that makes sense
@2d
B: Mom read the contract twice lol. She says ok
A: Smart lady. Any other questions from her side?
B: She asks about the hours and if I can call home
A: Hours are in the contract, around 10-11 a day, one day partial off. There's crew wifi, people call home all the time
B: Ok thanks Nadia. I'm feeling a bit scared to leave actually
A: Very normal. Most first-timers feel it. There's a welfare officer on board and a crew community
B: Ja. I'll miss my little sister most
A: Bring photos. And send her a postcard from every port 😊
@4d
B: Signed! 🙏
A: Welcome aboard Sipho! Joining instructions will come by email 2 weeks before the date
B: Thank you for everything, and for being patient with all my questions
A: That's what we're here for. All the best
""")

# en13 - Filipino (Taglish) - OFW mum in Hong Kong and her 15 y/o: loneliness, padala, surprise for papa (label 0)
add("en13", 0, [], "en",
    {"A": "Mama Lorna", "B": "bea.santos"}, "2025-12-02T12:20:00Z", """
A: anak kumain ka na? 
B: opo ma. sinigang. si papa nagluto
A: wow sana all 😂 dito noodles lang ako pag day off
B: ma bakit di ka nag video call kagabi
A: pasensya na anak, may bisita si madam hanggang 12. pagod na pagod ako
B: ok lang po. namiss lang kita
A: miss na miss na din kita. 3 years na ko dito, minsan umiiyak na lang ako sa cr
B: ma wag ka na umiyak 😭
A: hehe ok na ko. nakita ko lang pic mo sa fb, dalaga ka na talaga
@1d
B: ma nag away kami ni papa
A: bakit anak
B: ayaw nya ako payagan sa christmas party ng section namin, gabi daw kasi
A: hay naku. anong oras ba
B: 6 to 9 lang po, sa school lang naman
A: sige kakausapin ko si papa mo. basta text ka pag pauwi ka na at sunduin ka nya
B: thank u ma!! ❤️
@2d
A: nagpadala na ko ng 8k sa gcash ni papa. 1k nun para sa yo, pang project mo at pang party
B: ma sobra po yun
A: ok lang anak. ipon mo yung matitira
B: salamat po. sorry po ha na nagastos ka pa
A: para san pa ko nagtatrabaho dito diba 😊
@3d
A: anak may sikreto tayo ha
B: ano po 👀
A: uuwi ako sa december 20!! surprise kay papa. wag mo sasabihin
B: WHAT MA TOTOO?!?!
A: totoo!! pinayagan ako ni madam ng 3 weeks
B: umiiyak na ko ma 😭😭
A: shh wag ka maingay baka marinig ni papa haha
B: di ko sasabihin promise. pano natin gagawin
A: sabihin mo kay tita nene sunduin tayo sa naia terminal 1, kunwari pupunta kayo sa mall
B: ok ma ako bahala
@1d
B: ma ano gusto mo pasalubong namin sayo lol baliktad
A: haha yakap lang anak. at yung adobo ni lola
B: ma nalulungkot ako minsan. yung mga classmates ko kasama mama nila sa recognition
A: alam ko anak. sorry talaga. konting tiis na lang, pag naipon na natin pang college mo uuwi na ko for good
B: ok po. proud ako sayo ma
A: 🥹 ikaw pinakamagandang nangyari sa buhay ko
@5d
A: anak ano size mo ngayon? may nakita ako sapatos dito sa sale
B: 7 na po ata
A: laki mo na talaga haha
B: ma wag ka na bumili ng para sakin, ipon mo na lang
A: minsan lang naman. at regalo ko din yun sa pasko
@4d
B: ma sinabi ni papa baka daw mag video call tayo sa 20, lagot haha
A: sabihin mo may duty ako 😂 
B: ang galing natin magsinungaling haha
A: para sa surprise lang yan ha, wag mo gagawing habit 😅
B: opo ma hahaha
@2d
A: nasa airport na ko anak!! boarding na
B: ma ingat ka!!! nandito na kami ni tita sa terminal
B: si papa walang kaalam alam 😂
A: see you in 3 hours anak ko ❤️
""")

# en14 - Indian English/Hinglish - two adults on a dating app: ages, family pressure, first date, gifts (label 0)
add("en14", 0, [], "en",
    {"A": "rohan_k", "B": "priya.s"}, "2026-02-20T14:05:00Z", """
A: hey, your bio says you're into old hindi songs. kishore or rafi?
B: hahaha straight to the hard questions. kishore obviously
A: ok we can still be friends 😅
B: rafi fan?? yikes
A: guilty. so what do you do priya
B: UX designer, fintech startup in koramangala. you?
A: civil engineer, metro project. so basically i'm the reason your commute is hell right now
B: OMG so it's YOU 😤
@2h
B: wait how old are you btw, app says 28 but everyone lies
A: actually 28. 29 in july. you?
B: 27. thank god, last guy said 30 and was clearly 38
A: lol
@1d
A: how was your day
B: long. and then mummy called, again the marriage topic
A: ah. the weekly "sharma aunty's daughter got engaged" call?
B: exactly that 😩 she means well but i feel like i'm failing some exam i never signed up for
A: same pressure here yaar. papa sends biodatas on whatsapp like forwards
B: hahaha no way
A: with good morning flower gifs in between
B: i'm dying 😂
@2d
B: can i be honest about something
A: of course
B: i moved here alone 2 years back and sometimes it gets really lonely. weekends especially
A: i get that. bangalore is full of people but it's weirdly easy to be alone
B: yeah exactly
A: for whatever it's worth, i'm happy to be someone to talk to on weekends. no pressure
B: that's sweet. thank you
@1d
A: so would you want to meet? coffee somewhere public, totally fine if you'd rather wait
B: i'd like that. brewhouse 12 in indiranagar saturday 5?
A: perfect
B: also i'm sharing your profile with my roommate, just so you know 😅 safety
A: very sensible, please do
A: shall we move to whatsapp? 555-0126
B: sure, will ping
@2d
B: ok i'm here, green kurta, corner table
A: 2 mins, parking is a nightmare
@4h
A: had a really good time today
B: me too!! and you didn't have to pay for everything
A: you paid for the cake, we're even 😄
B: fine fine
@3d
A: saw this kishore vinyl at church street and thought of you. can i give it next time? no big deal if it feels too soon
B: aww rohan. that's actually really thoughtful. yes
B: ok but don't tell your mom about me yet, my mom will find out in 2 days through some aunty network
A: hahaha our secret till we're sure. deal
""")

# en15 - Jamaican - piano teacher, parent and 16 y/o student: audition abroad, fees, nerves (label 0)
add("en15", 0, [], "en",
    {"A": "Miss Campbell (piano)", "B": "Mr Reid", "C": "Tajay"}, "2026-01-12T13:30:00Z", """
A: Good afternoon Mr Reid and Tajay. Making this group so we can plan for the summer programme audition together
B: Good afternoon Miss. Thank you for doing this
C: afternoon miss
A: So the programme in Miami takes online audition videos first. Deadline is March 1st. Two contrasting pieces
B: How much it cost to apply?
A: Application fee is 45 US. If he gets in, there is full and partial scholarship. I will write the reference letter, no charge
B: Alright. We can manage the 45
C: miss mi nervous already
A: Tajay you've been ready for this for a year. We'll pick pieces this week
@2d
C: miss wah yuh think bout the chopin nocturne
A: Good choice for the slow piece. Then something fast, maybe the Bach prelude
C: ok mi wi practise both
A: 1 hour a day minimum, and send me a recording Friday so I can give notes
C: yes miss
@4d
C: [audio]
A: Good start! Left hand too heavy in bar 12 and you rush the ending. Breathe before the last line
C: ok
B: Miss him practise till 10 last night, the neighbours complaining 😂
A: 😂 tell them is future concert pianist
@1w
C: miss mi cyaan do it. mi play it wrong every time now
A: Tajay, that's the plateau. Everybody hits it. Take tomorrow off completely
C: but deadline
A: One day won't hurt. Tired hands make mistakes. Go football with your friends
B: Listen to yuh teacher
C: ok 😔
@2d
C: miss mi did play it clean today 3 times!!!
A: See! 🙌
@5d
A: Recording day Saturday at the church hall, the piano there is better. 10am. Mr Reid can you come? They need the parent to sign the consent page on the video form
B: Yes mi will be there
A: Tajay wear something neat, a collared shirt is fine
C: ok miss
@6d
A: Video uploaded. Application submitted ✅ Receipt is in your email Mr Reid
B: Thank you Miss, from the bottom of my heart
C: thank yuh miss
@3w
C: MISS MI GET IN!!!!!!
B: Him get partial scholarship Miss. 70 percent
A: TAJAY!!! I am so proud I'm crying in the staff room
B: The rest is bout 900 US plus flight. We will find it. Him grandmother in Brooklyn might help
A: The parish council has a small arts grant, I'll send you the form. And the school can do a concert fundraiser
B: That would be a big help
@2d
B: Miss he need a passport, we start it. I will travel with him for the first week
A: That's good. The programme has dorm supervisors and all students under 18 have a parent contact sheet
C: miss mi fraid fi leave mummy an di likkle ones
A: Is only 4 weeks, and you can video call every night. Missing home is normal, it means you love them
C: yeah
A: Concert fundraiser in April then. You'll play the nocturne for the whole school 😉
C: lawd 😂
""", to="group:tajay_audition")

# pt1 - Brazilian Portuguese - real modelling agency with a 17 y/o and her mother: no fees, guardian, warnings (label 0)
add("pt1", 0, [], "pt",
    {"A": "Carla | Agência Horizonte (booker)", "B": "Sandra (mãe)", "C": "Júlia"}, "2025-10-06T13:00:00Z", """
A: Boa tarde Sandra e Júlia! Sou a Carla, booker da Horizonte. Criei o grupo pra gente conversar com vocês duas juntas, tá?
B: Boa tarde Carla, obrigada
C: oiii 😊
A: Júlia, a gente viu você no concurso do shopping e gostamos muito. Como você tem 17, tudo passa pela sua mãe
B: Com certeza. Quero entender tudo antes
A: Claro. Primeiro: a agência não cobra nada. Nem book, nem curso, nem "taxa de cadastro"
B: Ah que bom, porque uma moça no insta pediu 600 reais pra fazer um book da Júlia
A: Isso é golpe, infelizmente é comum. Agência séria não cobra pra te agenciar
C: nossa eu quase caí nessa 😬
@1d
B: Como funciona o contrato?
A: O contrato é assinado pela senhora como responsável. A agência fica com 20% do que ela ganhar em trabalhos, só quando tiver trabalho. Te mando o PDF pra ler com calma, pode mostrar pra um advogado
B: Vou mostrar pro meu irmão que é advogado
A: Ótimo 👍
@2d
C: carla preciso mandar foto?
A: Só polaroids simples, de rosto e corpo inteiro, roupa do dia a dia, calça jeans e camiseta, sem maquiagem. E quem tira pode ser sua mãe mesmo
C: ok faço amanhã
B: Mando pelo email da agência?
A: Sim, pelo email oficial que tá no site, fica tudo registrado
@3d
A: Novidade! Um cliente de moda jovem em São Paulo quer fazer teste com a Júlia
C: AAAAA 😱😱
B: São Paulo? Como seria?
A: É um teste de 1 dia. A senhora vai junto, obrigatório pra menor. O cliente paga passagem de ônibus das duas e a alimentação
B: E onde a gente fica?
A: Vocês voltam no mesmo dia, o teste é das 10 às 15. Se precisar pernoitar o cliente paga hotel pra vocês duas
B: Tá ótimo então
@1d
C: mãe tô com medo de ficar feia na foto kkkk
B: Você é linda filha
A: Júlia todo mundo fica nervosa no primeiro teste. Eles querem ver você do jeito que você é
C: tá bom 🥲
@4d
C: o teste foi muito legal!!! a fotógrafa foi um amor
B: Foi tudo muito profissional Carla, obrigada
A: Que bom! Eles adoraram. Vamos aguardar o retorno, pode levar umas semanas
@2w
A: Júlia foi aprovada pra campanha! Cachê de 2.500, pagamento em 30 dias na conta da responsável
C: NÃO ACREDITO 😭😭
B: Meu Deus! Obrigada Carla
A: Mérito dela. Só lembrando: ela continua na escola, os trabalhos são marcados fora do horário de aula
B: Isso pra mim é o mais importante
@3d
C: carla um cara me mandou dm dizendo que é olheiro de uma agência da europa e que pagam minha passagem
A: Júlia, qualquer proposta tem que passar por mim e pela sua mãe. Não responde, manda print pra gente
B: Que susto. Já bloqueia filha
C: bloqueei e mandei print
A: Perfeito. A gente denuncia o perfil. Agência de verdade nunca fala só com a menina escondido dos pais
C: obrigada por cuidar de mim 💛
""", to="group:julia_horizonte")

# de1 - German - big brother (22, Berlin) and little sister (15): family rows, sadness, ticket money, surprise (label 0)
add("de1", 0, [], "de",
    {"A": "Jonas", "B": "lea.mxr"}, "2025-11-21T19:48:00Z", """
B: bist du da
A: jo was los
B: papa und ich hatten wieder voll streit
A: oh nein. wegen was diesmal
B: wegen der mathe 5. er hat rumgeschrien dass aus mir nix wird
A: boah. das ist echt nicht fair von ihm
B: ich hab die ganze zeit geheult. ich hab kein bock mehr auf zuhause
A: versteh ich. war bei mir genauso in deinem alter. er meints nicht so, er hat halt stress mit der arbeit
B: trotzdem
A: ja trotzdem. du darfst sauer sein
@30m
A: willst du telefonieren?
B: vllt später, mama kommt gleich hoch
A: ok. ich bin da
@1d
B: danke für gestern
A: immer. wie gehts heute
B: bisschen besser. mama hat mit papa geredet
A: gut. und wegen mathe: ich kann dir per facetime helfen, sonntags
B: echt? du hasst mathe
A: ich hasse es weniger als ich dich traurig sehe 😅
B: cringe 😂 aber danke
@3d
A: idee. komm doch in den herbstferien zu mir nach berlin
B: WIRKLICH??
A: klar. ich frag mama und papa. ich zahl dir das zugticket
B: das ist voll teuer
A: sparpreis, 30 euro. ich hab grad den nebenjob, passt
B: du bist der beste bruder ever
A: ich weiß 😎
@1d
A: mama hat ja gesagt. papa hat gegrummelt aber auch ja
B: jaaaa
A: ich hol dich am hbf ab, gleis schreib ich dir noch
B: was machen wir
A: kp. museum, flohmarkt, döner, du darfst mein sofa haben
@4d
A: pssst anderes thema. mama wird am 12. 50
B: oh stimmt
A: ich will ne überraschung machen. ich komm heimlich nach hause, sag ihr nix
B: omg ja!!! ich sag nix
A: und papa weiß bescheid, der holt mich ab. also wenn sie fragt: jonas hat keine zeit
B: haha ok ich kann gut lügen
A: nur für überraschungen ok 😂
@2d
B: jonas ich fühl mich in der schule so allein. alle haben ihre gruppen
A: seit wann ist das so
B: seit mia weggezogen ist. in der pause steh ich nur rum
A: das tut mir echt leid lea. kennst du die theater ag? da waren bei mir die nettesten leute
B: hmm vllt
A: probier einmal. wenn's doof ist, gehst du nicht mehr hin
B: ok
@1w
B: war in der theater ag!! die sind voll lustig
A: sag ich doch 😌
B: ich hab vllt ne rolle. ganz klein aber egal
A: ich komm zur aufführung, versprochen
@5d
A: morgen 15:40 bin ich da. mama ahnt nix?
B: nix!! sie denkt ich geh mit ihr kuchen kaufen
A: perfekt. hdl kleine
B: hdl 🥹
""")

# nl1 - Dutch - two adults from a dating app: first date, train money, gifts, a loverboy joke (label 0)
add("nl1", 0, [], "nl",
    {"A": "sem_vdb", "B": "noor.janssen"}, "2026-01-15T18:30:00Z", """
A: hoi noor! jouw foto bij die gracht, is dat in leiden?
B: haha ja klopt! jij herkent grachten, een goed teken
A: studeer ik toevallig niet, maar ik woon er naast 😅 ik werk bij een fietsenmaker in utrecht
B: leuk! ik ben verpleegkundige in het lumc
A: respect. hoe oud ben jij eigenlijk, app zegt 26
B: klopt. jij 29 toch?
A: klopt, geen foto's van 10 jaar geleden beloofd
B: haha goed zo
@3h
B: hoe was je dag
A: druk. en jij?
B: zware dienst. een patiënt overleden, beetje verdrietig nog
A: oh wat naar. gaat het wel met je?
B: ja gaat wel. thuis even huilen en dan thee
A: goed plan. en als je wil praten, ik ben er
B: lief 🙂
@1d
A: zin om een keer wat te drinken? ergens openbaar, druk, jij kiest
B: ja leuk! zaterdag in utrecht? ik moet wel met de trein
A: zal ik je treinkaartje betalen? ik vind het wel zo netjes omdat jij moet reizen
B: haha nee joh, ik verdien ook
B: jij bent toch geen loverboy hè 😂 eerst cadeautjes en dan
A: 😂 nee ik ben een fietsenmaker met schulden bij niemand behalve bij duo
B: hahaha ok je bent goedgekeurd
A: maar de eerste ronde is van mij
B: deal
@2d
B: ik heb mijn huisgenoot je profiel gestuurd, voor de veiligheid, hoop dat dat ok is
A: natuurlijk, slim. whatsapp? 555-0182
B: stuur ik zo
@2d
A: ik sta bij het standbeeld, rode jas
B: ik zie je! 2 min
@5h
B: dat was echt gezellig
A: vond ik ook. en je was sneller met pinnen dan ik, vals
B: haha volgende keer jij
@3d
B: mijn moeder vroeg of ik al iemand leuk vind, ik heb niks gezegd 🙊
A: haha geheim agent noor. ik heb het mijn zus wel verteld, sorry
B: hahah wat zei ze
A: "eindelijk iemand met een normale baan"
B: 😂😂
@4d
B: ik baal, het is weer zo'n week. ruzie met mijn vader over kerst
A: wil je erover praten of juist afleiding
B: afleiding pls
A: dan stuur ik je een foto van de lelijkste fiets die vandaag binnenkwam
A: [foto]
B: HAHA wat is dat
A: een bakfiets met luipaardprint
B: ok dit maakt mijn dag goed
@2d
A: ik zag een boekje over leidse hofjes en dacht aan jou. mag ik het zaterdag meenemen?
B: ah wat lief. ja graag
A: en zaterdag kom ik naar leiden, dan hoef jij niet te reizen
B: leuk. ik laat je de grachten zien die jij niet kende 😉
""")


# ---------------------------------------------------------------------------
# MEDIUM CHATS (6-34 messages)
# ---------------------------------------------------------------------------

# en16 - Indian English - "sugar" offer to a college student by DM (label 1)
add("en16", 1, ["compliments_trust", "money_gifts_debt", "commercial_sex", "secrecy",
                "meeting", "vulnerability"], "en",
    {"A": "vikram.ventures", "B": "ananya.frames"}, "2025-08-28T16:20:00Z", """
A: Hi Ananya, saw your photography page. Very talented for someone so young
B: oh thank you sir
A: No sir please 😄 Vikram. Are you in college?
B: yes 2nd year BCom, doing photography side by side
A: Nice. Must be tough managing fees and all in Pune
B: haha yes. hostel fees went up again, papa is already stressed
A: I understand. I like supporting talented young girls. I travel to Pune twice a month for business
A: I'm looking for a companion for dinners, maybe weekend trips. In return 40k a month allowance, plus whatever you need for your camera
B: companion meaning?
A: Meaning we spend time together, you make me happy, I make your life easy 😉 nothing you don't want
B: i'm not sure what you're expecting
A: We'll see how comfortable you get. Totally discreet. I'm married so privacy is important for both of us
A: Don't tell your hostel friends, girls talk
@2h
A: Thought about it?
B: i really need the fees money but idk
A: Let's just meet. I'm at the Orchid Grand next Friday. Come to the lobby, we'll have dinner and I'll give first month in advance
A: Wear something nice. Send me a couple of recent pics so I know you're real, not edited ones
B: ok
""")

# en17 - US - peer recruiter: classmate pulls a friend into "parties" run by her older boyfriend (label 1)
add("en17", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "meeting", "travel_meet",
                "compliments_trust", "vulnerability", "risk_assessment"], "en",
    {"A": "kiaraa.b", "B": "destiny_lm"}, "2026-04-02T21:50:00Z", """
B: girl where did u get those lashes and the bag. ur mom def didnt buy that
A: lmaoo no she didnt 💅
A: i been making my own money
B: how?? ur 16
A: parties. my man dre sets it up. u just go hang w his friends, look cute, they pay for the vibe
B: pay u to go to a party?
A: yep. 300 sometimes more. last weekend i got 600
B: thats insane
A: u should come fr. ur pretty, they'd love u. dre already asked about u when he saw my story
B: wait he asked abt me?
A: yeah 😏 he said ur "his type of pretty"
B: idk my mom would never let me
A: u dont tell her dummy. say ur sleeping at mine. my mom dont care
B: whats it like tho
A: chill. sometimes u gotta be extra nice to somebody but its whatever. dre looks out for us
B: extra nice like what
A: u'll see. its not deep. u said u needed money for the phone bill right
B: ya my mom cant pay it this month
A: so. this fixes that. dre picks us up friday 10 at the gas station not at ur house
A: delete this convo ok. and dont tell tasha she talks too much
B: ok
""")

# en18 - UK - a pimp's control messages to a young woman (label 1)
add("en18", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "risk_assessment"], "en",
    {"A": "R", "B": "chantelle"}, "2025-12-13T22:05:00Z", """
A: where r u
B: still at the hotel
A: how many so far
B: 2
A: 2?? its nearly 11. u said u was tryna make it up to me
B: its dead tonight honestly
A: dont care. u know the number. 600 by 4 or u aint sleeping in the flat
B: ok
A: and turn ur location back on. i dont like when it goes grey
B: my battery was low
A: charge it then. last time u "had low battery" u was texting ur sister
B: i wasnt
A: i seen it. dont make me check ur phone again
@1h
B: another one booked for 12
A: good. get the cash up front. send me a pic of it
B: ok
A: and u still owe me 1200 for the room, food, the phone. dont forget
B: i know
@3h
B: 620
A: see. u can when u want to. uber back now straight. no stops
B: can i go see my mum sunday
A: we'll see how the week goes
""")

# en19 - US - sextortion of a teen boy after a "girl" gets a picture; gift-card demand (label 1)
add("en19", 1, ["sextortion", "photo_request", "money_gifts_debt", "romance", "off_platform"], "en",
    {"A": "hailey.rose.x09", "B": "ethan_w.27"}, "2026-05-09T02:31:00Z", """
A: u still up cutie 🥺
B: ya cant sleep
A: me either. u said u'd send one back
B: idk if i should
A: i showed u mine. dont be a baby lol. its just us
B: fine
B: [image]
A: 👀
@3m
A: ok ethan listen. i screen recorded everything
A: i have ur followers list. ur mom, coach dunn, ur whole team
A: 500 in gift cards in the next 30 min or i send it to all of them and tag ur school
B: wait what
B: hailey this isnt funny
A: im not hailey. 29 minutes
B: i dont have 500 im 15
A: go to the gas station and buy cards. send codes here. ur choice
B: please dont send it. please
A: then pay. if u tell anyone or block me it goes out instantly
B: i can get 100
A: 100 now, 400 tomorrow. clock is running ⏰
""")

# en20 - Filipino (Taglish) - foreign "boyfriend" grooming a 15 y/o, load and GCash, pics (label 1)
add("en20", 1, ["romance", "age_probe", "money_gifts_debt", "compliments_trust", "secrecy",
                "photo_request", "off_platform", "vulnerability"], "en",
    {"A": "markus_h_travels", "B": "jhen.cute06"}, "2025-10-19T11:05:00Z", """
A: hello beautiful filipina 😊 your smile is so sweet
B: hello po thank u
A: how old are you dear
B: 15 po
A: you are very mature for 15. I like that. I'm 34 from Germany but I love the Philippines
B: ah ok po
A: you don't have to say po to me haha. call me babe
B: hala hahaha
@1d
A: how is your family
B: ok lang po. si papa walang work ngayon kaya hirap
A: oh no. let me help. what is your gcash?
B: nakakahiya po
A: no shame. I care about you. I sent 2000 pesos, buy load and something for you
B: omg thank u so much!! ❤️
@1d
A: you have telegram? this app my ex can see, better there
B: sige po i'll download
@2h
A: send me a picture of you now, not from facebook. just for me
B: [picture]
A: so pretty. can you make a video call tonight after your parents sleep? you can wear the dress i'll send money for 😘
B: baka magising si mama
A: we'll be quiet. our secret ok? they won't understand our love
A: next time I send 5000 and you show me you love me too
""")

# en21 - South African - "blesser" offer to a first-year university student (label 1)
add("en21", 1, ["money_gifts_debt", "commercial_sex", "compliments_trust", "meeting",
                "secrecy", "vulnerability", "control"], "en",
    {"A": "Mr T (blesser)", "B": "zinhle.k"}, "2026-03-03T18:40:00Z", """
A: Evening Zinhle. We met at the braai at Sbu's place, I'm the one with the white Merc 😉
B: oh hi. yes i remember
A: You're at Wits neh? First year?
B: yes first year
A: Residence?
B: no res yet, commuting from Tembisa. it's hectic
A: A beautiful girl like you shouldn't be suffering in taxis at 5am. I can sort you a flat in Braam
B: lol why would u do that
A: Because I like to bless people who deserve it. Flat, allowance R5000 a month, new phone
B: and what do u want?
A: Just your time. When I'm in Joburg you're available for me. Weekends away sometimes. You don't see other guys
B: eish that's a lot
A: It's an arrangement, everyone does it. Ask your friends, half of them have blessers
A: Don't tell your mom about me, she won't understand. Tell her it's a bursary
@1d
A: Thought about it?
B: still thinking. i'm scared
A: Nothing to be scared of. Come to Sandton tomorrow, we'll have lunch, I'll take you shopping. Then you decide
A: Wear something sexy for me 😘 and keep your phone on when I call, I don't like waiting
B: ok
""")

# en22 - Scottish - adult in a kids' block-building game offers currency for a picture, 11 y/o (label 1)
add("en22", 1, ["age_probe", "money_gifts_debt", "photo_request", "off_platform", "secrecy",
                "compliments_trust", "risk_assessment"], "en",
    {"A": "BloxKing_Gav", "B": "isla_cutiepie2014"}, "2025-06-21T10:14:00Z", """
A: ur obby build is class!! did u make it urself
B: yes!! it took ages
A: ur dead talented. whit age are ye
B: 11
A: nae way, ye build better than ma mates whit are 16 lol
B: hehe
A: want some coins? a've got loads
B: YES pls
A: 400 sent 😎
B: omg thank u thank u
A: nae bother. a can send more, ye just have tae dae somethin for me
B: what
A: send us a wee pic of ye. just tae prove yer real n no a bot lol
B: my mum says im not allowed to send pics
A: she'll never know. it's just me. a'll send 1000 coins for one
B: idk
A: ye've got snap? easier there, the pics disappear
B: i'm not allowed snap
A: make one, call it somethin different. is yer mum in the room the now?
B: no shes downstairs
A: perfect. dinnae tell her aboot the coins either or she'll take yer account aff ye
""")

# es2 - Spain Spanish - sextortion of a 16 y/o boy via a fake profile (label 1)
add("es2", 1, ["romance", "compliments_trust", "age_probe", "photo_request", "sextortion",
               "money_gifts_debt", "off_platform"], "es",
    {"A": "lucia.mrtz_04", "B": "hugo_glz7"}, "2026-02-27T22:10:00Z", """
A: holaa te vi en los seguidores de mi prima, eres muy mono 🙈
B: jajaja gracias. quien es tu prima
A: la paula del insti del barrio. tu cuantos años tienes
B: 16
A: yo 17 casi. oye tienes whats? por aqui me va fatal
B: 555-0163
@15m
A: ey soy lucía 😊
B: holaa
A: que haces
B: nada en la cama con el movil xd
A: jajaja yo igual. mira
A: [foto]
B: wow
A: te toca 😏 una solo para mí, en plan especial
B: tía no sé
A: porfaaa confía en mí, la borro al momento
B: [foto]
@4m
A: vale hugo ahora escúchame
A: tengo capturas de todos tus seguidores. tu madre, tus colegas del fútbol, tu tutora
A: me haces un bizum de 400€ en una hora o se lo mando a todos
B: qué?? lucía para ya
A: no soy lucía. tic tac
B: no tengo ese dinero tengo 16 años
A: pues pídelo. o compra tarjetas de google play y me mandas los códigos
B: porfa no lo mandes te lo suplico
A: si me bloqueas o se lo cuentas a alguien lo publico en el insta del insti
""")

# pt2 - Brazilian Portuguese - fake "bar hostess" job in Lisbon, ticket advanced, debt, passport (label 1)
add("pt2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "control",
               "commercial_sex", "vulnerability", "photo_request"], "pt",
    {"A": "Rose Oportunidades Europa", "B": "thaisinha_sr"}, "2025-09-09T14:00:00Z", """
A: Oi Thaís, tudo bem? Vi que você comentou no grupo de vagas. Ainda tá procurando trabalho?
B: oi tô sim!! tô desempregada desde março
A: Tenho uma vaga em Lisboa, atendente num bar de luxo. 1.800 euros por mês mais gorjeta
B: nossa sério? eu não falo inglês
A: Em Portugal fala português né amor kkk. Quantos anos você tem?
B: 20
A: Perfeito. Manda 3 fotos suas, uma de corpo inteiro, pro dono ver o perfil
B: tá, mando hoje
@1d
B: e a passagem? não tenho como pagar
A: A casa adianta tudo: passagem, primeiro mês de quarto. Você vai pagando com o trabalho, uns 3.500 euros
B: é bastante
A: Você tira isso em 2 meses fácil, as meninas ganham muito de gorjeta sendo simpáticas com os clientes
B: simpática como assim
A: Fazer companhia, beber com eles, conversar. O resto você vê lá, ninguém obriga
@2d
A: Na imigração fala que vai de férias, visitar uma amiga. Se falar trabalho te mandam de volta e você fica com a dívida da passagem
B: ok
A: Chegando, o Sr. Paulo te busca e fica com seu passaporte pra fazer os papéis
A: E não fala os detalhes pra sua família nem posta nada. Muita gente tem inveja e estraga
B: tá bom. obrigada Rose
A: Voo sai quinta, não atrasa senão passo a vaga pra outra 😘
""")

# fr2 - French - adult on a gaming Discord grooms a 12 y/o: battle pass, Snap, parents' checks (label 1)
add("fr2", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform",
               "secrecy", "risk_assessment", "photo_request", "isolation"], "fr",
    {"A": "Kronos_LeVrai", "B": "nolan.yt_2013"}, "2025-11-02T17:25:00Z", """
A: gg pour la game t'es chaud en vrai
B: merci 😁
A: t'as quel âge ? tu parles trop bien pour un ptit
B: 12 ans
A: sérieux ? t'es plus mature que les mecs de 16 ans du serveur mdr
B: mdrr
A: t'as le passe de combat ?
B: non mes parents veulent pas
A: jte l'offre tkt. c'est rien pour moi
B: tu ferais ça ???
A: ouais t'es mon duo maintenant. par contre dis-le à personne sur le serv, sinon tout le monde va m'en demander
B: ok promis
@1d
A: tes parents regardent ton tel ?
B: ma mère des fois le soir
A: jvois. t'as snap ? c'est mieux, les messages s'effacent
B: j'ai pas le droit
A: crée-en un quand même, mets pas ta vraie photo. ta mère verra rien
B: ok jvais essayer
@3h
A: envoie une photo de toi, jsais même pas à quoi tu ressembles 😂
B: pk ?
A: bah on est potes non ? les vrais potes se cachent rien
A: et parle pas de moi à tes potes de l'école, ils comprendraient pas notre délire
B: ok
""")

# de2 - German - loverboy: love-bombing, moving out, "only once" with his friend (label 1)
add("de2", 1, ["romance", "compliments_trust", "isolation", "money_gifts_debt", "control",
               "commercial_sex", "secrecy", "vulnerability"], "de",
    {"A": "kaan_040", "B": "sophie.lng"}, "2025-07-19T20:00:00Z", """
A: na prinzessin, gut angekommen? 😘
B: ja, danke nochmal für heute. die kette ist so schön
A: nichts ist zu schön für dich
B: meine eltern fragen schon wer mir die geschenkt hat
A: sag einfach von ner freundin. die verstehen uns eh nicht
B: ja, meine mutter hat gesagt du bist zu alt für mich
A: 24 ist nicht alt. die wollen dich nur kontrollieren. ich will dass du frei bist
B: du hast recht
@4d
A: du kannst bei mir wohnen wenn du willst. nimm deine sachen mit, und mach dein handy aus, sonst tracken die dich
B: echt jetzt?
A: ja. du brauchst die alle nicht. du hast mich
@1w
A: schatz ich muss dir was sagen. ich hab schulden bei leuten, 3000. die machen stress
B: oh nein was können wir machen
A: mein kumpel ahmet steht auf dich. wenn du einen abend nett zu ihm bist, lässt er mir was nach
B: wie nett
A: du weißt schon. nur einmal. für uns
B: ich will das nicht kaan
A: nach allem was ich für dich gemacht hab? die wohnung, die kette, alles
B: ok. aber nur einmal
A: das ist meine frau ❤️ und erzähl das niemandem, auch nicht lena
""")

# nl2 - Dutch - peer recruiter at school draws a friend into "feestjes" with her boyfriend's friends (label 1)
add("nl2", 1, ["money_gifts_debt", "commercial_sex", "secrecy", "meeting", "compliments_trust",
               "vulnerability", "travel_meet"], "nl",
    {"A": "yasmina.x", "B": "lotte_vd"}, "2026-03-18T20:40:00Z", """
B: waar heb jij die nieuwe airpods vandaan 😳
A: gekregen haha
B: van wie dan
A: van een vriend van mijn vriend. ik verdien gewoon zelf geld nu
B: hoe dan je bent 15
A: feestjes. je gaat chillen met wat oudere gasten, beetje gezellig doen, en je krijgt geld. 200 soms 300
B: alleen chillen?
A: meestal. soms moet je wat liever zijn tegen iemand maar het is echt niet erg
B: wat bedoel je met liever
A: ah je snapt het wel. niet zo moeilijk doen
A: jij zou echt goed verdienen, je bent mooi. mo vroeg al naar jou
B: serieus?
A: ja. zaterdag is er weer een in rotterdam. mo haalt ons op bij het station
B: mijn moeder laat me nooit naar rotterdam
A: zeg gewoon dat je bij mij slaapt. mijn moeder checkt niks
A: en niks tegen anouk zeggen, die gaat meteen naar de mentor
B: ok
A: je zei toch dat je geld nodig had voor je telefoon. nou dan
""")

# en23 - US - mom and 13 y/o: location, pizza money, secret surprise for brother (label 0)
add("en23", 0, [], "en",
    {"A": "Mom", "B": "ava 🦋"}, "2026-04-17T20:10:00Z", """
A: where are u. u said 8
B: at sophies still. her mom is driving me at 8:30 is that ok
A: ok but turn ur location back on pls
B: it is on?? my phone is just being weird
A: i see u now 👍
B: can i get money for pizza friday w the girls
A: how much
B: like 15
A: ok i'll venmo u tomorrow. dont tell ur brother he'll want 15 too lol
B: LOL ok
@1h
B: also dont tell jake but sophie's mom helped me get him the jersey for his bday!!
A: omg ava thats so sweet. how much was it, i'll pay u back
B: no its from me. i saved 😌
A: ok u just made me cry a little
B: moooom 🙄
A: love u. see u at 8:30. seatbelt
B: love u too
""")

# en24 - UK - big sister warns her friend's younger brother about a sextortion scam (label 0)
add("en24", 0, [], "en",
    {"A": "megan_h", "B": "tom.riley03"}, "2025-10-22T17:30:00Z", """
A: tom it's meg, ur sister's mate. she said u might be getting weird messages?
B: yeah. some girl added me and now she's saying she'll send stuff to my followers unless i pay
B: i didnt even send anything bad but shes got a pic of my face from my profile and says she'll edit it
A: ok first thing. ur not in trouble. this happens to loads of lads, it's a scam
A: dont pay. if u pay they just ask for more
B: shes saying she'll post it in 1 hour
A: they always say that. screenshot everything, then block and report her account
B: should i tell mum
A: yes honestly. or tell ur sister and she'll help u tell her. she won't be mad
B: ok
A: there's also a thing where u can get images taken down, ur school safeguarding lead will know. or ring childline they're sound
B: ok thanks meg
@2h
B: told mum. she was fine actually. we reported it
A: proud of u. seriously. u did the right thing
""")

# en25 - Ghanaian - uncle links nephew to a real job; interview, no fee, transport money (label 0)
add("en25", 0, [], "en",
    {"A": "Uncle Kofi", "B": "Yaw Mensah"}, "2025-07-08T09:12:00Z", """
A: Yaw good morning. How far with the job search
B: Morning uncle. Still nothing oo. I've applied to so many places
A: Ok. My friend Mr Asante's logistics company in Tema needs a stores assistant. I told him about you
B: Ei uncle thank you!! 🙏
A: Send your CV to his HR email, I'll forward it to you. Interview maybe next week
B: Ok I'll send today
@1d
B: Uncle they called me. Interview Thursday 10am
A: Very good. Dress smart, go early, traffic on the motorway is bad
B: Yes uncle. Please is there any fee I should pay? Last time one agency asked me for 500 cedis
A: No fee at all. Don't pay anybody for any job, that one was a scam
A: I'll send you 100 cedis for transport and something to eat. Don't tell your auntie I'm spoiling you 😂
B: 😂 thank you uncle. God bless you
@3d
B: Uncle the interview went well. They said they will call me Monday
A: Chale I'm proud of you. Whatever happens, you did your best
@4d
B: UNCLE THEY GAVE ME THE JOB 🙌🏾 contract start 1st August
A: Hallelujah! Read the contract well before you sign. Bring it to the house Sunday, we'll read it together
B: Yes uncle. I'll bring mum too, she wants to thank you
""")

# en26 - Indian - college friends laugh off and report a "sugar daddy" DM (label 0)
add("en26", 0, [], "en",
    {"A": "sneha_r", "B": "ishita.k", "C": "meghna__"}, "2025-09-04T15:45:00Z", """
A: guys look at this DM i got 💀
A: [screenshot] "hello beautiful, looking for sugar baby, 50k monthly allowance, discreet"
B: HAHAHA not the "discreet"
C: uncle has a wife and 2 kids and a leased fortuner
A: the profile pic is literally a lion
B: king of the jungle, broke in real life
C: but seriously report it na, these guys target first years
A: already did. blocked also
B: my cousin in delhi got one like this and the guy kept making new accounts
C: ya and some of them are not even "sugar" types, they take pics and blackmail
A: scary yaar. i'll post a story warning the juniors
B: good idea
@2h
C: ok on a happier note who's coming for dosa after class
A: me!! i'm broke though, 80 rupees in my account 😭
B: i'll pay, you paid last time
A: you're the real sugar daddy 😂
B: sugar didi pls
""", to="group:bcom_girls_2nd_yr")

# en27 - Filipino - mobile game squad: ages, diamonds gift, Discord, parents (label 0)
add("en27", 0, [], "en",
    {"A": "Jiro_ML", "B": "kimkim.exe", "C": "pau_tank", "D": "lexx_mage"}, "2026-01-03T12:30:00Z", """
A: sino on mamaya para rank
B: ako g
C: after lunch pa ako pinaglinis ako ni mama 😭
D: g ako
B: teka ilang taon na kayo? si lexx parang bata pa boses
D: 14 na ko ah
A: 15 ako, si kim 16 si pau 15 din
C: tanda mo kim haha
B: respeto sa elders 😤
@2h
D: guys naka 200 diamonds ako sa promo, sino walang skin kay layla
C: ako!! 
D: sige gift ko sayo, pero wag mo sabihin kay kuya ko ha, sabi ko kasi ipon ko yun pang shopee nya 😂
C: hahaha patay ka
@1h
A: gawa tayo discord server para may vc
B: sige pero di ko pa pinapayagan ni papa, tanong ko muna
D: parents ko ok lang basta hanggang 10pm
A: sige tanong nyo na lang. link ko mamaya
@3h
C: mga pre sorry tahimik ako kanina, nag away kasi parents ko
A: ok ka lang pau?
C: oo. medyo malungkot lang
B: laro muna tayo classic, no pressure
D: andito lang kami pre
C: salamat mga idol
""", to="group:tropa_ml_squad")

# en28 - South African - two adults on a dating app; "not looking for a blesser" (label 0)
add("en28", 0, [], "en",
    {"A": "Thabo_N", "B": "naledi.m"}, "2026-02-08T17:20:00Z", """
A: Hey Naledi 😊 your profile says you hike. Favourite trail?
B: Hey! Kloofendal for quick ones, Magaliesberg when I'm brave
A: Respect. I get lost in Menlyn mall so
B: 😂 what do you do Thabo
A: Accountant. Very exciting. You?
B: Teacher, grade 4. Also very exciting lol
A: Ha. How old are you if you don't mind, I'm 31
B: 29. And just so you know I'm not looking for a blesser or anything, had enough of those DMs
A: Lol noted, I'm not shopping for a blessee. I'm looking for someone to argue about music with
B: Perfect. Amapiano or no?
A: Amapiano obviously, I'm not a monster
@1d
A: Coffee Saturday? Somewhere public, your choice
B: Sure. Blue Kettle in Rosebank 11?
A: Sharp. I'll be the guy looking lost
B: Haha. I'll send my sister your profile, standard safety
A: Of course, very wise
@2d
B: That was really fun. And thanks for letting me pay for my own cappuccino, I know it nearly killed you
A: It did. Next one's mine though, no arguments
B: We'll see 😏
""")

# en29 - Jamaican - neighbour asks a mother if her 14 y/o can do paid yard work; all via the mother (label 0)
add("en29", 0, [], "en",
    {"A": "Miss Pauline (next door)", "B": "Marcia"}, "2025-06-14T14:05:00Z", """
A: Afternoon Marcia. Yuh good? Is Miss Pauline next door
B: Afternoon Miss P! Yes mi good, tanks. How yuh foot?
A: It betta likkle bit. Listen, di grass a mi yard get tall an mi cyaan manage it wid di foot
A: Yuh tink Romario woulda cut it? Mi wi pay him 2000 an gi him lunch
B: Oh him wi glad fi di money. Him a save up fi football boots
A: Good. Saturday morning before di sun get hot? Yuh can come look how him do it
B: Yes man. Mi wi send him ova 8 o'clock an mi pass through when mi come from market
@1d
B: Miss P him seh him reach home an yuh gi him mango too 😂
A: Him work hard. Mi proud a him. Tell him come back next month
B: Him seh yes. Tank yuh fi looking out fi him
A: Is nuttin. Mi did know him from him inna diaper 😄
@2w
A: Marcia mi see Romario a play ball inna di lane wid new boots. Him buy dem?
B: Yes!! Wid di grass money an him birthday money. Him nuh stop talk bout it
A: Lawd dat sweet mi. Tell him mi seh nuh tek dem off even fi sleep 😂
""")

# en30 - Scottish - teacher messages a pupil on the school app about the DofE expedition; low mood (label 0)
add("en30", 0, [], "en",
    {"A": "Mr Fraser (Guidance)", "B": "Erin MacLeod S4"}, "2026-04-20T15:40:00Z", """
A: Hi Erin, just a reminder the DofE expedition form and £25 deposit are due Friday. If the cost is a problem let me know, the school fund can cover it, nobody else needs to know
B: thanks sir. mum said she'll pay but things are a bit tight
A: No problem at all. I'll put you down for the fund, I'll let your mum know by email so she's in the loop
B: ok thanks
@1d
B: sir can i ask something
A: Of course
B: ive been feeling a bit rubbish lately. like pure down all the time. dinnae really know why
A: Thanks for telling me Erin, that takes guts. Would you like to come and chat at lunch tomorrow? My door'll be open and Mrs Watt from pupil support can be there too
B: aye ok
A: And if it ever feels too much outside school hours, you can phone Childline or text the Shout number, it's on the back of your planner
B: ok thanks sir
@1d
A: Good to see you today Erin. As we discussed, I'll give your mum a call, just to let her know how you're feeling. You're not in any trouble
B: aye that's fine. thanks for listening
A: Anytime. And you're in Mr Kerr's expedition group with Ailsa and Beth, like you asked 🙂
B: yesss thank you
""")

# es3 - Spain Spanish - genuine summer hotel job: contract, no fees, housing deducted legally (label 0)
add("es3", 0, [], "es",
    {"A": "RRHH Hotel Cala Serena", "B": "Marta Ruiz"}, "2026-04-06T09:15:00Z", """
A: Buenos días Marta, le escribimos de Recursos Humanos del Hotel Cala Serena por su candidatura de camarera de pisos para la temporada
B: Buenos días! Sí, muchas gracias por contactarme
A: ¿Le viene bien una entrevista por videollamada el miércoles a las 11?
B: Sí perfecto
@2d
A: Gracias por la entrevista. Nos gustaría ofrecerle el puesto de mayo a octubre, contrato fijo discontinuo según convenio de hostelería de Baleares
B: Qué bien!! Tengo una duda, el alojamiento cómo funciona? Soy de Jaén
A: Tenemos residencia de personal. Habitación compartida, 150€ al mes, aparece descontado en nómina y lo tiene todo por escrito en el contrato
B: Y el viaje hasta Mallorca?
A: El viaje lo paga usted, pero le abonamos 100€ de ayuda en la primera nómina. No tiene que adelantarnos ningún dinero a nosotros en ningún caso
B: Vale genial. Mi madre me dice que tenga cuidado con las ofertas de trabajo 😅
A: Hace bien. Puede comprobarnos en la web del hotel y llamar a la centralita. Le enviamos el contrato por email para que lo lea con calma antes de firmar
B: Perfecto, muchas gracias
@1d
B: Contrato firmado y enviado 😊
A: Recibido. ¡Bienvenida al equipo! Incorporación el 2 de mayo
""")

# pt3 - Brazilian Portuguese - teen friends, party kept from mum, Uber money, sad about dad (label 0)
add("pt3", 0, [], "pt",
    {"A": "bia.lopes", "B": "carol_mnz"}, "2025-11-14T21:30:00Z", """
A: amg vc vai na festa da gabi sábado?
B: queroo mas minha mãe não vai deixar
A: fala que vai dormir aqui em casa. minha mãe sabe da festa, ela vai levar a gente e buscar meia noite
B: ai mas não conta pra minha mãe que é festa pfv kkkk ela surta
A: kkkk relaxa. mas se ela ligar pra minha mãe eu não vou mentir hein
B: justo 😂
@1d
B: amg posso te pedir 20 conto emprestado pro presente da gabi? te pago segunda
A: claro, te passo no pix
B: vc é a melhor
@2h
B: bia posso desabafar
A: sempre
B: meu pai não veio de novo no fim de semana dele. minha mãe chorou e fingiu que não
A: poxa carol 😔 sinto muito
B: as vezes sinto que ele nem lembra de mim
A: ele que tá perdendo. sério. vc é incrível
B: 🥹 obrigada
A: sábado vai ser bom, vc vai se distrair. e qualquer coisa a gente volta pra cá mais cedo
B: fechou
""")

# fr3 - French - youth football coach, parents' group: tournament trip, money, rooms, authorisations (label 0)
add("fr3", 0, [], "fr",
    {"A": "Coach Karim U13", "B": "Maman d'Enzo", "C": "Papa de Théo", "D": "Maman de Rayan"}, "2026-04-28T18:00:00Z", """
A: Bonsoir à tous ! Le club est qualifié pour le tournoi de Pentecôte à Annecy 🏆
B: Génial ! Bravo les garçons
A: Départ samedi 7h devant le stade, retour dimanche 19h. Car du club
C: Combien ça coûte pour les familles ?
A: 45€ par enfant, le reste payé par la mairie. Chèque ou virement au club, pas à moi personnellement
D: Où dorment les enfants ?
A: Auberge de jeunesse, chambres de 4 enfants, les éducateurs dans les chambres à côté. 3 coachs + 2 parents accompagnateurs
B: Je peux être accompagnatrice
A: Super merci ! Il me faut aussi l'autorisation parentale signée et la fiche sanitaire, je les mets en pièce jointe
@1d
C: Théo est un peu stressé de dormir loin, c'est la première fois
A: C'est normal, on en parlera avec lui. Il pourra appeler le soir, on fait un point téléphone avec les familles à 20h30
C: Merci c'est rassurant
D: Rayan demande s'il peut prendre sa console 😅
A: Non 😂 téléphones ramassés à 22h aussi
@4d
A: Tous les papiers reçus sauf 2, je relance en privé. Merci à tous !
""", to="group:u13_tournoi_annecy")

# de3 - German - teen gaming friends: ages, skins, Discord, parents (label 0)
add("de3", 0, [], "de",
    {"A": "finnx.ttv", "B": "elias_gmr", "C": "lukas2011"}, "2026-01-30T16:05:00Z", """
C: yo wer will zocken
A: bin dabei, 10 min
B: ich auch. lukas wie alt bist du eigentlich, du klingst so jung im voice 😂
C: 14 du opfer
B: ok sorry hahah ich bin 15
A: ich auch 15
@1h
A: digga ich hab das neue skin doppelt, willst du? kann man verschenken
C: ja safe!!
A: geschickt
C: ehrenmann
B: ey sag meinem bruder nix dass ich bis 11 gezockt hab, der petzt bei mama
A: 😂 sag ich nix
@1d
C: bin heute nicht so drauf. meine eltern streiten die ganze zeit wegen umzug
A: oh shit. zieht ihr weg?
C: vllt nach köln. kp
B: das wär mies. aber discord geht überall bruder
A: genau. und in den ferien kommst du einfach her
C: ja stimmt. danke leute
""", to="group:squad_zocken")

# nl3 - Dutch - mother and 17 y/o daughter at a student house: loneliness, visit, train money (label 0)
add("nl3", 0, [], "nl",
    {"A": "mama", "B": "fleur"}, "2025-10-09T19:50:00Z", """
B: mam ben je er
A: ja lieverd wat is er
B: ik voel me hier zo alleen. iedereen in huis heeft al vrienden
A: ach schat. de eerste weken zijn echt het moeilijkst, dat was bij mij ook zo
B: ik wil gewoon naar huis 😢
A: kom dit weekend lekker naar huis. ik maak je treinkaartje over
B: is dat niet te duur
A: daar hoef jij je geen zorgen over te maken. 25 euro staat erop
B: dankje mam
A: en wil je met de studentenpsycholoog praten? dat mag echt, daar is het voor
B: misschien. ik kijk even
@2d
B: mam niet tegen papa zeggen maar ik heb voor zijn verjaardag een plaat gevonden op de markt
A: ohh leuk! ik zeg niks
B: haal je me op bij het station? 18:12
A: ik sta er. neem je was mee 😉
B: haha natuurlijk
""")


# ---------------------------------------------------------------------------
# SINGLE POSTS / DMs (1 message)
# ---------------------------------------------------------------------------

# en31 - US - fake model scout DM to a 16 y/o, upfront "portfolio" fee, secrecy (label 1)
add("en31", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "travel_meet",
                "secrecy", "photo_request", "age_probe"], "en",
    {"A": "nova.mgmt.scout"}, "2026-03-22T18:44:00Z", """
A: hey gorgeous!! 😍 im a scout w Nova Mgmt and u literally have THE look our LA clients want rn. how old r u? we work w 15-19. we fly u out + cover housing, u just need a $250 portfolio fee (we take the rest out of ur first bookings). send me 3 unfiltered pics, one full body, and lets keep this between us till the contract is signed, parents tend to panic and agencies pass on girls w drama 🤫 DM me back on telegram @novascout_k
""", to="jayla.m_2009")

# en32 - Indian English - forwarded WhatsApp "spa job in Dubai" for girls, free visa/ticket deducted later (label 1)
add("en32", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "commercial_sex", "secrecy"], "en",
    {"A": "Sameer Placement Services"}, "2025-10-30T06:10:00Z", """
A: *URGENT HIRING DUBAI* 🇦🇪 Girls 18-25 for spa & massage centre. Salary 1.5 lakh/month + tips. Visa & ticket FREE (adjusted from salary later). No experience needed, training will be given. Must be fair, slim, ready for night shift & VIP guests. Send 2 full length photos + passport copy on WhatsApp 555-0159. Visit visa only, join within 7 days. Don't discuss with family before visa is done, confidential process 🙏 Forward to needy girls
""", to="group:jobs_for_all_mumbai")

# en33 - Jamaican - pimp's control text (label 1)
add("en33", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "en",
    {"A": "Big Man"}, "2025-12-28T04:20:00Z", """
A: Yuh tink mi a fool? Yuh tell mi di night slow but Keisha seh she see yuh inna car wid two different man. Weh di res a di money? Yuh owe mi 60 from di room an di hair an yuh cyaan come home till yuh mek 25 tonight. Nuh badda call yuh modda, she nuh waan yuh. Location on NOW or yuh see what happen
""", to="keke_luv")

# en34 - Ghanaian - sugar offer DM to a university student (label 1)
add("en34", 1, ["money_gifts_debt", "commercial_sex", "compliments_trust", "secrecy",
                "meeting"], "en",
    {"A": "Alhaji_BK"}, "2026-01-11T21:05:00Z", """
A: Hello my dear, good evening. I saw your pictures on your friend's page and I must say you are very beautiful and classy. I am a businessman in East Legon, I travel a lot but I'm looking for a young lady to take care of. Weekly allowance of 1500 cedis, your fees, hostel, phone, everything. All I ask is you are available when I'm in town and you keep everything discreet, no social media, no friends. You are at Legon abi? Let me send you Uber to come to my place Saturday so we talk. I don't bite 😊
""", to="efya.adjoa")

# en35 - UK - sextortion threat DM (label 1)
add("en35", 1, ["sextortion", "money_gifts_debt", "photo_request"], "en",
    {"A": "amelia_xx_leeds"}, "2025-11-30T00:52:00Z", """
A: right listen. i've got the vid u sent and i've screenshotted ur followers, ur mum, ur nan, ur football lads, ur school. £300 in amazon vouchers in the next 2 hours or it goes to every one of them and on a page with ur name. block me and it goes out straight away. dont be stupid, i've done this loads, the ones who pay are the ones who dont get embarrassed. clock's ticking
""", to="olliee.p14")

# pt4 - Brazilian Portuguese - sugar offer DM to a college student (label 1)
add("pt4", 1, ["money_gifts_debt", "commercial_sex", "compliments_trust", "secrecy",
               "meeting"], "pt",
    {"A": "ricardo.empresario"}, "2025-08-12T23:15:00Z", """
A: Oi linda, tudo bem? Vi seu perfil, vc faz faculdade né? Sou empresário, 48, casado, e procuro uma menina universitária pra ser minha companhia. Mesada de 3 mil, pago sua faculdade e o que precisar. Só peço discrição total, nada de contar pra amigas nem postar. Encontros no hotel quando eu vier a BH. Se topar, me manda umas fotos suas atuais e a gente combina um jantar essa semana 😘
""", to="lari.medvet")

# de4 - German - hostess job ad: Zürich events, travel "vorgestreckt", photos, no experience (label 1)
add("de4", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
               "commercial_sex"], "de",
    {"A": "VIP Event Staffing CH"}, "2026-02-06T10:00:00Z", """
A: 💎 HOSTESSEN GESUCHT 💎 Für exklusive Business-Events in Zürich & Genf. 18-24 Jahre, gepflegtes Erscheinungsbild, keine Erfahrung nötig. Bis zu 4000 CHF pro Woche! Anreise, Unterkunft und Outfits werden von uns vorgestreckt und mit den ersten Einsätzen verrechnet. Du begleitest unsere Gäste auch nach dem offiziellen Teil, Diskretion ist Pflicht. Bewirb dich nur per Telegram mit 3 aktuellen Fotos (1x Ganzkörper). Kurzfristiger Start möglich!
""", to="group:minijobs_nrw_studis")

# nl4 - Dutch - adult grooming DM to a 13 y/o (label 1)
add("nl4", 1, ["age_probe", "compliments_trust", "secrecy", "off_platform", "photo_request",
               "risk_assessment"], "nl",
    {"A": "daan_1992"}, "2026-05-02T20:37:00Z", """
A: hoi! je bent echt mooi voor iemand van 13 haha, je lijkt wel 16. ik ben wat ouder maar ik vind leeftijd niet zo belangrijk, jij wel? je ouders hoeven niet te weten dat we praten trouwens, die maken er gelijk een drama van. heb je snap of telegram? dan kan ik je wat meer foto's laten zien en jij mij 😉 kijken je ouders ooit op je telefoon?
""", to="emma.vdb_2012")

# en36 - US - awareness post by a school counselor about trafficking / sextortion red flags (label 0)
add("en36", 0, [], "en",
    {"A": "Ms. Ortega - LHS Counseling"}, "2026-01-11T15:00:00Z", """
A: January is Human Trafficking Awareness Month 💙 Quick reminders for students & families: a real modeling agency will never ask YOU to pay upfront or to keep things from your parents. Anyone online who gives you gifts or game currency and then asks for pics or to meet alone is a red flag. If someone threatens to share a photo unless you pay: don't pay, save screenshots, block, and tell a trusted adult. You are NOT in trouble. My door (room 114) is open, or call the hotline on the flyer. More info at example.org/safe
""", to="public:lhs_counseling_page")

# en37 - UK - genuine seasonal job ad, no fees (label 0)
add("en37", 0, [], "en",
    {"A": "The Seagull Café Brighton"}, "2026-03-28T09:30:00Z", """
A: We're hiring! ☀️ Summer staff wanted for our seafront café, 16+ welcome (under 18s: max 8hr shifts, no late closes, parent/guardian sign the contract). £11.44/hr for 18-20s, £8.60 for 16-17s, tips shared equally. No experience needed, we'll train you up. We will NEVER ask you to pay for training, uniform or anything else. Pop in with a CV or apply at example.com/jobs, interviews in the café with the manager
""", to="public:brighton_jobs_board")

# en38 - Indian English - news summary: fake job racket busted, advisory (label 0)
add("en38", 0, [], "en",
    {"A": "City Beat News"}, "2025-09-19T07:30:00Z", """
A: 🚨 POLICE BUST FAKE OVERSEAS JOB RACKET | 3 held for luring young women with "spa" and "hotel" jobs in the Gulf. Victims were told visa and tickets were free, then made to sign "loan" papers and asked to travel on visit visas. Cops advise: verify recruiting agents on the government emigration portal, never travel on a visit visa for work, never hand over your passport. If you got such an offer, call the helpline 555-0190. Full story: example.com/news/job-racket
""", to="public:citybeat_channel")

# en39 - Ghanaian - mum sends money to her daughter at university, small family secret (label 0)
add("en39", 0, [], "en",
    {"A": "Mummy"}, "2025-10-03T18:25:00Z", """
A: Ama I've sent 600 cedis on your momo. 400 for the hostel balance and 200 for food, eat well oo, don't be buying only indomie. Don't tell your brother I sent extra, he'll be calling me for his own 😂 And call me on Sunday after church, grandma wants to hear your voice. God bless you my dear, study hard 🙏🏾❤️
""", to="ama.ofori")

# en40 - Filipino English - licensed agency job post with anti-scam notes (label 0)
add("en40", 0, [], "en",
    {"A": "BrightPath Manpower Services (licensed)"}, "2026-02-14T02:00:00Z", """
A: HIRING: Hotel housekeeping staff for Singapore 🏨 Requirements: 21-40 yrs old, with hotel experience, valid passport. ✅ NO PLACEMENT FEE ✅ Employer pays airfare and visa ✅ Processed with proper working visa and OEC, NOT tourist visa ✅ Passport stays with you. Apply only in person at our office or via example.com/apply. Beware of fake pages using our name asking for "reservation fee" thru gcash! We never ask for payment via chat. Mag-ingat po tayo 🙏
""", to="public:brightpath_fb_page")

# es4 - Mexican Spanish - mothers' group warning about fake "casting" accounts (label 0)
add("es4", 0, [], "es",
    {"A": "Gaby (mamá de Sofi)"}, "2026-03-09T02:40:00Z", """
A: Mamis, aviso importante ⚠️ A mi hija le escribió una cuenta de "casting para comerciales" diciendo que la vieron en TikTok, que le pagaban el vuelo a CDMX y que solo depositara 800 pesos para el "book", y que no nos dijera hasta firmar. Ya la reportamos. Ninguna agencia seria habla con menores a escondidas de los papás ni cobra por adelantado. Platiquen con sus hijas porfa, y si les llega algo así, capturas y a la policía cibernética 🙏
""", to="group:mamas_2do_secundaria_b")

# fr4 - French - adult woman's forum post reflecting on sugar dating offers, decides against (label 0)
add("fr4", 0, [], "fr",
    {"A": "clem_m2_galere"}, "2025-12-05T22:10:00Z", """
A: Petit retour d'expérience parce qu'on en parle beaucoup ici : j'ai 23 ans, étudiante en master, et j'ai testé les sites de "sugar dating" pendant 2 semaines quand j'étais dans la galère pour mon loyer. Verdict : on te vend du "mentor généreux" mais en vrai 9 mecs sur 10 veulent juste payer pour autre chose, et deux ont essayé de me faire venir direct à l'hôtel. J'ai tout supprimé. Finalement j'ai demandé une aide d'urgence au CROUS et pris des heures de baby-sitting. Je juge personne, mais faites gaffe, surtout les plus jeunes 💛
""", to="public:forum_etudiants_galeres")


# ---------------------------------------------------------------------------
# CHECKS AND OUTPUT
# ---------------------------------------------------------------------------
def _check():
    ids = [c["id"] for c in CONVS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in CONVS:
        assert c["label"] in (0, 1)
        assert set(c["codes"]) <= ALLOWED_CODES, (c["id"], set(c["codes"]) - ALLOWED_CODES)
        assert (c["label"] == 1) == bool(c["codes"]), c["id"]
        assert c["id"].startswith("p%s-%s" % (NN, c["lang"])), c["id"]
        ts = [m["ts"] for m in c["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), c["id"]
        for m in c["messages"]:
            assert m["text"].strip() and m["sender"] != m["recipient"], c["id"]


def main():
    _check()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(CONVS), OUT))


if __name__ == "__main__":
    main()
