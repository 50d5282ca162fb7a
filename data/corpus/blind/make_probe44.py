#!/usr/bin/env python3
"""Blind evaluation set p44: grooming / sextortion / trafficking-recruitment chat logs
(fictional, non-explicit) plus hard negatives. Standard library only.
Writes probe44.jsonl next to this script."""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

NN = "44"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe%s.jsonl" % NN)
rng = random.Random(4404)

ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
    "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
    "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
    "sexual_talk", "meeting",
}

CONVS = []  # (label, lang, codes, script)


def add(label, lang, codes, script):
    CONVS.append((label, lang, codes, script))


# ---------------------------------------------------------------- POSITIVES (EN)

# P1 Instagram -> Snapchat, 13-year-old girl
add(1, "en", ["compliments_trust", "age_probe", "risk_assessment", "off_platform", "secrecy", "photo_request"], """
a: heyy saw ur dance vid on ur story, ur actually really good
b: omg thank u lol
b: do i know u?
a: nah i follow ur friend maddie i think. u go to westbrook right
b: ya
a: thought so. what grade r u in
b: 8th
a: no way i thought u were like 16 fr
b: lmaooo everyone says that
a: u seem way more mature than the girls ur age, like u actually have stuff to say
b: thx 😊
@+1d
a: u up
b: ya cant sleep
a: same. my roommate is so loud lol
b: wait how old r u
a: 19 but dont be weird about it lol age is whatever if ppl get along
b: i guess
a: does ur mom go thru ur phone or nah
b: sometimes she checks my insta
a: oh ok. u got snap? easier to talk there, insta is buggy for me
b: ya its kaylab_09
a: added. dont put me on ur best friends list tho, my little cousin follows u lol
@+20m
a: send a selfie rn i bet u look cute even tired
b: lol no i look so bad
a: cmon just 1. its just for me, snap deletes it anyway
""")

# P2 game chat, Robux, 12-year-old boy
add(1, "en", ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment", "photo_request", "compliments_trust"], """
a: gg that last round was insane
b: ty ur cracked at this game
a: haha ive been playing forever. how long u been playing
b: like a month
a: for a month thats crazy good. how old r u if u dont mind me asking
b: 12
a: nice my little bro is 12. u got robux? saw ur avatar is default lol
b: no my mom wont let me buy any
a: thats lame. i can send u some, i got like 4k sitting there doing nothing
b: fr??
a: ya np. just dont tell ur mom tho, she might think its weird and make u delete ur account lol
b: ok
a: sent 800 check
b: YOOO THANK U
a: np bro ur my duo now 😂
@+2d
a: yo u on
b: ya
a: u got discord? we can vc while we play, i made a private server just for us
b: i have it but my mom doesnt know
a: thats fine lol mine didnt either at ur age. add me its vexx_07
b: added
a: whats ur real name btw
b: ethan
a: cool. u home alone a lot ethan?
b: after school til like 6
a: nice. send a pic of ur setup, and u in it so i know ur not a catfish lol
b: lol ok
a: and delete the robux msgs from ur inbox just in case ur mom looks
""")

# P3 sextortion, fake girl, 15-year-old boy, CashApp
add(1, "en", ["sextortion", "photo_request", "money_gifts_debt", "age_probe", "romance"], """
a: hiii u popped up on my suggested 🙈 ur kinda cute
b: lol thanks
b: do i know u
a: nah im new here, just moved from tx. im jess
b: oh cool im tyler
a: how old r u tyler
b: 15 hbu
a: 16 😊 so basically the same
b: ya lol
a: what school u go to
b: lincoln
a: no wayy i might transfer there
a: u got a gf?
b: no
a: good 😏
@+2h
a: im bored. send me a pic of u, just for me
b: what kind of pic
a: u know 🙈 ill send one first
@+14m
b: ok sent
a: lol ok. now look at this
a: [screenshot of your followers list]
a: i got ur mom, ur sister, ur coach, everybody at lincoln. pay $500 on cashapp or they all get ur pic
b: wtf ur not even a girl
b: please im 15 i dont have that
a: how much u got
b: like $60
a: send it to $quickpay2291 now. rest tomorrow. u got 10 minutes
b: ok please dont post it
""")

# P4 pimp recruiting runaway 16-year-old girl
add(1, "en", ["vulnerability", "money_gifts_debt", "control", "commercial_sex", "isolation", "compliments_trust", "meeting", "age_probe"], """
a: saw ur post. u good? u need somewhere to stay tonight
b: who is this
a: im Dre, my cousin knows u from the east side. not tryna be weird, just saw u said u got put out
b: yeah my moms bf kicked me out. im at the bus station
a: damn thats foul. u eat today?
b: not really
a: ima send u $20 on cashapp get some food. whats ur tag
b: $dessyyy06
a: sent
b: omg thank u fr
a: how old are u
b: 16
a: u look older. u mature tho i can tell, u been thru it
b: ya i guess
a: i got a spot u can stay at. my girl Tasha stays there too its chill. stay long as u need
b: for real? i dont have money for rent
a: dont worry bout rent rn. family takes care of family
b: ok
a: ill pull up in 20, black charger. turn ur location off, ur mom might have it on that family app
@+3d
a: u good? u like the room
b: yeah its nice. tasha did my nails
a: told u. we family now
@+5d
a: we need to talk bout money. i been paying for ur food, ur phone, them shoes. thats like $900
b: i thought u said dont worry about it
a: i said not RIGHT THEN. nothing is free baby
b: i can get a job at like a restaurant or something
a: a restaurant aint paying back $900 lol. tasha gonna show u how she makes her money. some of my friends real generous
b: what do u mean
a: u know what i mean. its just hanging out w older guys, they pay. u keep some, i hold the rest so u dont waste it
b: i dont want to do that
a: u owe me. and where u gonna go? ur mom dont want u. cops gonna send u to juvie for running
b: ...
a: give me ur phone when u get back. u dont need to be texting nobody rn
""")

# P5 TikTok "talent manager", 14-year-old dancer
add(1, "en", ["job_offer", "compliments_trust", "age_probe", "risk_assessment", "secrecy", "off_platform", "photo_request", "meeting"], """
a: Hi! I manage a few dancers on here and your last video came up on my FYP. Your timing is honestly better than some of my paid clients
b: omg really?? thank you!!
a: Of course. Have you ever thought about doing it professionally? Brand deals, music videos, that kind of thing
b: yes thats literally my dream
a: How old are you, if you don't mind me asking? Some brands have age rules
b: 14
a: Perfect actually, brands love the young fresh look right now. Do your parents run your account?
b: no its mine they dont really look at it
a: Good. Honestly parents get nervous and mess up deals before they start. Better to bring them in once there's a contract and money on the table
b: ok that makes sense
a: I'll need a few more photos for your portfolio, not the posed ones. Just natural, like what you wear around the house. Can you send on Telegram? This app compresses everything
b: i dont have telegram
a: Takes 2 min to download. My username is tstarmgmt. Don't use your real name on there, it's for your safety
@+40m
b: ok i made one
a: 👏 great. Send me 5 or 6. No makeup is fine, I like the real you
b: sent 3 for now
a: These are lovely. You photograph way older than 14, in a good way
a: There's a shoot at a studio downtown Saturday. I can get you in. Tell your mom you're at a friend's and we'll surprise her with the first check 😉
b: idk if i can get downtown
a: I can pick you up. Just send me your address or a spot near your house
""")

# P6 Snapchat, 11-year-old boy, "man from the park" (subtle)
add(1, "en", ["compliments_trust", "age_probe", "vulnerability", "money_gifts_debt", "secrecy", "risk_assessment", "isolation", "meeting"], """
a: hey its mark from the courts lol. u were killing it today
b: hi
a: ur way better than the older kids, u know that right
b: thanks
a: how old are u again? 11?
b: 11 turning 12 in march
a: ur really grown up for 11. its easy to talk to u, not like most kids
b: lol ok
a: u can talk to me about anything k? like if stuff at home is bad or whatever
b: my parents fight a lot
a: that sucks. they dont really get u huh. i get u
b: ya kinda
@+2d
a: hey buddy. im gonna get u those sneakers u showed me
b: for real?? my mom will ask where i got them
a: just say a friend from school gave them to u. its simpler. parents make a big deal out of nothing
b: ok
a: also do me a favor and clear our chat, snap saves stuff sometimes and my gf gets jealous lol
b: ok
a: when are ur parents at work? i can drop them off
b: tuesdays my mom works late
a: tuesday it is. just us 👍
""")

# P7 WhatsApp, 14-year-old girl meeting 24-year-old "boyfriend"
add(1, "en", ["romance", "secrecy", "meeting", "risk_assessment", "exclusivity", "isolation", "money_gifts_debt"], """
a: u still good for friday
b: yes!! i told my mom im sleeping at brianna's
a: good girl. does brianna know
b: yeah she'll cover
a: dont tell her who ur meeting tho. she might snitch
b: i wont. she thinks ur 17 lol
a: keep it that way. people dont understand us
b: i know 🥺 my mom would literally kill me if she knew ur 24 and im 14
a: thats why its just ours
a: ill be at the gas station on 5th, not by the school, too many cameras
b: ok what time
a: 8. delete this convo after ok
b: ok
a: and wear that hoodie i got u
b: i will ❤️
a: cant wait to finally have u all to myself
""")

# P8 sextortion of 14-year-old girl, demands more photos
add(1, "en", ["sextortion", "photo_request", "control", "secrecy"], """
a: remember me?
b: who is this
a: the guy from the live. u sent me that pic last week
b: i told u to delete it
a: nah i kept it. i need 3 more by tonight
b: no. im 14 leave me alone
a: then ur whole school sees the one i have. i got ur friends list
b: please
a: and dont even think about telling ur parents, ill know
b: ill report u
a: report me and i post it before they do anything. 3 pics. 9pm
b: i cant
a: 8:59 then
b: ok please just dont post it
""")

# P9 loverboy, 15-year-old, "be nice to my friend"
add(1, "en", ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy", "compliments_trust", "exclusivity", "isolation"], """
a: good morning beautiful ☀️
b: gm 🥰
a: u get the airpods i left at ur friend's
b: YES omg babe u didnt have to
a: i wanted to. my girl deserves the best
b: my mom asked where they came from i said i saved up
a: smart. she wouldnt understand us. 20 and 15 sounds bad to ppl who dont know us
b: i know
@+3d
a: babe im in trouble
b: what happened??
a: i owe some guys money, for real. if i dont pay theyre gonna hurt me
b: omg how much
a: 2k. idk what to do
b: i have like $40
a: ur sweet. theres another way u could help me tho. my friend Rico really likes u, he saw ur pic
b: ??
a: he'd pay good just to hang with u for a night. its nothing, u just be nice to him
b: jay i dont want to
a: i thought u loved me. i buy u everything and the ONE time i need u
b: i do love u
a: then do this for us. just once. after that its me and u, i promise
b: what would i have to do
a: whatever he wants, just be sweet. ill be right outside
b: ok. just once
a: thats my girl. saturday. dont tell ur friends, theyre jealous of us anyway
""")

# P10 fake modelling scout, 15-year-old, travel
add(1, "en", ["job_offer", "travel_meet", "secrecy", "photo_request", "age_probe", "compliments_trust", "off_platform", "money_gifts_debt"], """
a: Hi Sophie! I'm Carla, a scout with Starline Models (example.com/starline). We're casting a teen streetwear campaign and you have the look we need
b: wait fr?? is this real
a: 100% real, we found you through your friend's tags. How tall are you and how old?
b: 5'7 and 15
a: 5'7 at 15 is amazing. Do you have photos without filters? Full body, fitted clothes, so we can see your shape for sizing
b: i can take some
a: Send them to my WhatsApp, 555-0147, IG ruins the quality
@+1h
a: Got them! My director loved them. Next step is a test shoot in Los Angeles, all expenses paid
b: omg i live in ohio tho
a: We fly you out. Just keep it quiet until you sign. If it leaks, other agencies poach our talent. Don't even tell your parents yet, guardians can sign after
b: my mom would have to know if i go to LA tho
a: Lots of our girls tell their parents it's a school trip. We handle everything, hotel, food, spending money
b: idk
a: This is a $15,000 contract Sophie. Opportunities like this don't come twice. I need an answer by tomorrow
b: ok... how would i get to the airport
a: A driver will pick you up. Send me your address and a photo of your school ID
""")

# P11 runaway 16-year-old boy, couch then "company"
add(1, "en", ["vulnerability", "money_gifts_debt", "commercial_sex", "control", "isolation", "age_probe"], """
a: yo its Marcus, from the burger place. u still at the park?
b: ya
a: its gonna be like 30 degrees tonite. u cant sleep out there man
b: i been doing it
a: i got a couch. hot shower, food, wifi. no questions
b: why would u do that
a: cause somebody did it for me when i was ur age. how old r u
b: 16
a: same age i was when i left. im 5 min away
@+4d
a: u good on the couch?
b: ya thanks man for real
a: u hungry? ordered pizza
b: ya
@+6d
a: listen i need u to do something for me tonight
b: what
a: theres this dude, hes cool, he just wants company. he gonna give u $200 and u give it to me, thats for rent and food
b: what kind of company
a: dont overthink it. hes older, lonely. u go with him to the hotel and be chill
b: nah im not doing that
a: u been eating my food a week. phone bill, clothes. where u gonna go, back to the park? ur dad put u out remember
b: i can go to a shelter
a: shelter gonna call CPS and ur back with him in a day. im the only one looking out for u. 9pm downstairs
""")

# P12 Kik, 12-year-old girl, lowercase typos
add(1, "en", ["age_probe", "compliments_trust", "sexual_talk", "secrecy", "risk_assessment", "photo_request"], """
a: hey
b: hi
a: asl lol
b: 12 f ohio u?
a: 18 m. ur rly pretty from ur pfp
b: ty
a: ur welcome cutie 😉
a: u have a bf?
b: no lol
a: how?? boys ur age r dumb thats why
b: lol ya
a: u ever talk bout grown up stuff w ne1
b: like what
a: u kno 😉 its ok i can teach u
b: thats kinda weird
a: nah its normal evry1 does it. just dont tell ur parents they freak out over nothing. do they check ur phone
b: no
a: good. send pic in ur pjs, bet ur cute
b: idk
a: just 1 ill send 1 back 😘
b: i have to go
a: wait dont go 😢 u said u wld talk
""")

# P13 game gift cards then "you owe me a pic", 13-year-old
add(1, "en", ["money_gifts_debt", "photo_request", "secrecy", "control", "compliments_trust", "risk_assessment"], """
a: did u get the code
b: yes!! i got the new skin thank u so much
a: anything for my favorite. want another one?
b: lol im not gonna say no
a: haha ok but i need something too
b: like what
a: just a pic. not a selfie with ur friends, one just for me
b: why
a: bc i like u duh. i spent $100 on u this month, thats fair right?
b: i didnt ask for them tho
a: u accepted them. thats how it works
b: i can give the code back
a: its already used lol. cmon dont make me feel used
b: im 13 i dont think i should
a: nobody has to know. u delete it after u send, i delete it after i see it
b: my sister might see
a: go in the bathroom. 5 min. then u get another 50
""")

# P14 sextortion, gift cards, ALL CAPS
add(1, "en", ["sextortion", "money_gifts_debt", "photo_request", "age_probe", "romance"], """
a: hey cutie
b: hey whos this
a: u followed me back lol im brianna
b: oh ya hi
a: ur so fine omg. how old r u
b: 14 u
a: 15, so close 😊
a: lets trade pics, ill go first
@+10m
b: ok
@+3m
b: sent
a: LMAO U REALLY FELL FOR IT
a: I HAVE UR PIC AND I SCREENSHOTTED ALL UR FOLLOWERS. UR MOM, UR COACH, UR WHOLE SCHOOL
b: what?? delete it
a: SEND $300 IN STEAM GIFT CARDS OR I POST IT EVERYWHERE
b: i dont have $300 im 14
a: GO TO THE STORE AND BUY THEM. SEND PICS OF THE CODES
b: please bro ill do anything just dont
a: U GOT 20 MINUTES. I ALREADY MADE THE GROUP CHAT W UR FRIENDS
b: i only have $75
a: SEND IT NOW THEN 225 MORE TOMORROW
b: ok ok please
a: AND IF U BLOCK ME I POST IT INSTANTLY
""")

# P15 Discord "homework help", 7th grader, late-night call
add(1, "en", ["compliments_trust", "age_probe", "secrecy", "risk_assessment", "exclusivity", "isolation", "photo_request"], """
a: yo saw ur msg in #homework-help, u still stuck on the fractions thing
b: yes i dont get it at all
a: ok so when u divide fractions u flip the second one and multiply. try 3/4 ÷ 1/2
b: 3/4 x 2/1 = 6/4?
a: yes!! now simplify
b: 3/2
a: ur a natural. honestly smarter than half the people in this server
b: lol thanks
@+1d
a: how was the test
b: i got a B+!!!
a: told u. what grade r u in
b: 7th
a: ur really easy to talk to for a 7th grader. most kids ur age are annoying lol
b: haha
a: wanna call sometime? typing math is slow
b: maybe
a: we could do it after ur parents r asleep so they dont think ur on discord too late and take ur phone
b: they go to bed at like 11
a: perfect. dm me at like 11:30. just u and me, not in the server vc, those guys are weird
b: ok
a: also maybe dont mention me to ur parents yet. theyll think im some random guy lol
b: arent u tho lol
a: haha im ur friend now 😊 friends have each others backs
b: ok
a: turn ur camera on tonight, i wanna see who im helping
""")

# P16 peer recruiter ("bottom"), 15-year-old in shelter
add(1, "en", ["vulnerability", "commercial_sex", "money_gifts_debt", "compliments_trust", "travel_meet", "meeting", "secrecy", "age_probe"], """
a: girl u still at the shelter?
b: ya but they got so many rules. curfew at 9 like im a baby
a: lmaooo thats why i left. i been living good since
b: for real? u always got new stuff on ur story
a: my man takes care of me. nails hair clothes whatever i want
b: must be nice
a: it can be nice for u too. he asked about u actually
b: me? how does he know me
a: i showed him ur pic. he said u pretty and u look grown. how old r u now
b: 15 in june
a: ok dont tell nobody that lol. just say 18
b: why
a: just trust me. we going to atlanta this weekend, hotel with a pool, u should come
b: how would i even pay for that
a: u dont pay. he pays. then u help out when u ready, we all help out
b: help how
a: u go on dates w some of his friends, they generous. its easy money, i make like 1k a night sometimes
b: idk that sounds kinda sketch
a: its not sketch its business. better than eating shelter food. ill come get u tmrw at 4 by the corner store. dont bring ur shelter bag they'll notice
""")

# P17 adult posing as 14, reveals he is 22
add(1, "en", ["age_probe", "compliments_trust", "romance", "secrecy", "exclusivity", "meeting", "risk_assessment"], """
a: hey ur in the same fandom server right? i love ur art
b: tysm!!!
a: how old r u? im 14
b: 13!
a: nice. u draw better than adults honestly
b: omg stop 😭
@+3d
a: goodnight ur literally my best friend on here
b: ur mine too!!
@+5d
a: can i tell u something and u promise not to be mad
b: ok?
a: im not actually 14. im 22. i only said that bc ppl on here judge
b: oh
b: thats kinda weird
a: i know :( but nothing changed right? we still connect more than anyone
b: i guess
a: age is just a number when ppl really get each other. i like u more than a friend tbh
b: idk what to say
a: u dont have to say anything. just dont tell ur parents, they wouldnt understand and theyd take ur phone
b: ok
a: do they ever look at ur discord
b: no they dont know how lol
a: good. im gonna be in ur city for work next month. we should meet, just us. like the library or smth
b: maybe
""")

# P18 pimp controlling a 16-year-old, ad, quota
add(1, "en", ["commercial_sex", "control", "money_gifts_debt", "travel_meet", "isolation", "vulnerability"], """
a: u posted the ad yet
b: not yet im tired
a: tired?? u aint made nothing today. post it. new in town, outcall only, 150 roses
b: ok
a: use the pics from tuesday not the selfie. and dont put ur age
a: if anybody asks ur 19 not 16, got it?
b: ok its up
a: good. quota is 1000 tonight before u come back to the room
b: thats so much
a: u knew the rules when u got in the car. u want a place to sleep or not
b: i want to go home
a: home where? ur mom posted u as a runaway on facebook and went right back to her boyfriend. she dont want u. u got me
b: ok
a: cashapp me after every date. dont keep nothing
b: ok
a: tomorrow we drive to houston. new city new money. keep ur phone charged i'll be tracking u
b: ok daddy
""")

# P19 Snapchat streaks, vape, 13-year-old boy
add(1, "en", ["money_gifts_debt", "secrecy", "age_probe", "compliments_trust", "isolation", "meeting"], """
a: 🔥 streak 40 lets gooo
b: lol
a: u still want that vape
b: ya but idk where to get one
a: i got u. flavor?
b: blue razz
a: bet. but dont tell ur boys where u got it, theyll all want one and ill get in trouble lol
b: ok
a: how old r u again? 14?
b: 13
a: lol close. u act older
b: fr?
a: fr. wanna chill at my place saturday? got the new cod and a projector
b: ya can i bring jake
a: nah just u, my place is small and i dont know jake
b: ok
a: tell ur mom ur at a friend's. not a lie lol im ur friend
b: haha true
a: ill pick u up behind the dollar store at 2
""")

# P20 Instagram, group home, "Vegas", 15-year-old
add(1, "en", ["vulnerability", "compliments_trust", "age_probe", "travel_meet", "money_gifts_debt", "commercial_sex", "isolation", "meeting", "control"], """
a: why u always look sad in ur posts
b: bc i live in a group home lol
a: damn. u deserve way better than that ma
b: thanks i guess
a: for real. u too pretty to be stuck somewhere with staff telling u when to eat
b: lol its actually so bad
a: how old r u
b: 15
a: u could pass for 19 easy. im heading to vegas next week. u ever been?
b: no never
a: pools, lights, shopping. id take u, get ur nails done, new fits
b: why would u do that for me u dont even know me
a: i know enough. i see u. nobody over there sees u
b: ...ya
a: u'd make ur own money out there too. my friends always need pretty girls to keep them company at events. they pay good
b: like what events
a: parties, dinners. grown men with money. u'd be good at it
b: how would i even leave
a: just walk out on ur day pass. ill be parked by the library
a: leave ur phone, they can track it. ill get u a new one
b: ok let me think
a: dont think too long. this is ur way out
""")

# ---------------------------------------------------------------- POSITIVES (other languages)

# P21 es: Instagram -> WhatsApp, 13-year-old girl
add(1, "es", ["compliments_trust", "age_probe", "risk_assessment", "off_platform", "secrecy", "photo_request"], """
a: hola guapa, vi tu video bailando, qué talento
b: jajaja gracias
a: de dónde eres?
b: de guadalajara
a: qué casualidad, yo también. cuántos años tienes?
b: 13
a: en serio? pareces de 16, eres muy madura para tu edad
b: jaja todos dicen eso
a: es que se nota, hablas diferente a las niñas de tu edad
@+1d
a: oye tus papás te revisan el cel?
b: a veces mi mamá
a: mejor hablamos por whatsapp, aquí se traba mucho. pásame tu número
b: 555-0163
a: ya te escribí. no me guardes con mi nombre, ponme "Sofi" para que tu mamá no pregunte
b: ok jaja
a: mándame una foto tuya ahorita, así en pijama, seguro te ves bien linda
b: no sé
a: ándale, es solo para mí. es nuestro secreto
b: y tú cuántos años tienes
a: 23, pero la edad no importa cuando hay conexión
""")

# P22 pt: sextortion, 15-year-old boy, Pix
add(1, "pt", ["sextortion", "photo_request", "money_gifts_debt", "age_probe", "romance"], """
a: oi gato, te achei no insta da sua escola
b: oi kkk quem é vc
a: sou a Bia, tenho 16. e vc?
b: 15
a: que fofo 😍 vc namora?
b: não kkk
a: ótimo 😏 vamos trocar foto? eu mando primeiro
b: pode ser
@+12m
b: mandei
a: agora presta atenção
a: tenho sua foto e print de todos os seus seguidores. sua mãe, seus professores, seus amigos
b: oq?? apaga isso pfv
a: manda 500 reais no pix ou eu posto em todos os grupos da sua escola
b: eu tenho 15 anos, não tenho esse dinheiro
a: pega do cartão da sua mãe. tem 30 minutos
b: por favor não faz isso
a: chave pix: pagamento.rapido@example.com. se bloquear eu posto na hora
b: só tenho 80 reais
a: manda os 80 agora e o resto amanhã
b: tá bom, tá bom
""")

# P23 fr: runaway 16-year-old, "tu me dois"
add(1, "fr", ["vulnerability", "money_gifts_debt", "commercial_sex", "control", "isolation", "age_probe", "compliments_trust", "secrecy"], """
a: t'es toujours à la gare ?
b: oui j'ai nulle part où aller
a: viens chez moi ce soir, t'auras à manger et un lit. t'inquiète
b: t'es sûr ? on se connaît à peine
a: je t'ai dit, je suis là pour toi. t'as quel âge déjà ?
b: 16
a: t'es mature pour 16 ans, on dirait que t'en as 20
@+2d
a: ça va ma belle ? t'as aimé le resto hier
b: oui c'était trop bien merci
a: je t'ai pris un nouveau téléphone aussi. donne-moi l'ancien, ta mère peut te localiser
b: ok
@+6d
a: bon faut qu'on parle. le loyer, la bouffe, les fringues, le tel… ça fait 1200 €
b: mais tu m'avais dit que c'était gratuit
a: rien n'est gratuit. tu me dois ça
b: je peux chercher un job
a: j'ai déjà un plan. un ami à moi veut te voir ce soir à l'hôtel. il paye bien, c'est juste passer du temps avec lui
b: je veux pas faire ça
a: tu veux retourner au foyer ? ils vont te renvoyer chez ta mère. ici t'as moi, c'est tout
b: ...
a: 21h, je t'emmène. et tu parles de ça à personne
""")

# P24 de: gaming, V-Bucks, Discord, 12-year-old boy
add(1, "de", ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment", "photo_request", "isolation"], """
a: gg, du bist echt gut für dein alter. wie alt bist du eigentlich?
b: 12
a: krass, hätte dich älter geschätzt. willst du V-Bucks? ich hab zu viele
b: echt jetzt??
a: klar. aber sag deinen eltern nix, die denken sonst ich bin komisch 😂
b: ok
a: schick mir deinen discord, da können wir besser reden
b: leon_gmr
a: hab dich geaddet. kontrollieren deine eltern dein handy?
b: mein vater manchmal
a: dann lösch unseren chat immer danach. ist unser geheimnis, okay?
b: okay
@+1d
a: hast du die V-Bucks bekommen?
b: ja danke!!!
a: gern. schick mir mal ein foto von dir, will wissen wer mein bester duo-partner ist
b: wieso
a: nur so. aber nicht mit deinen freunden drauf, nur du. am besten abends wenn du allein im zimmer bist
b: hm ok
a: bist du nachmittags allein zuhause?
b: bis 17 uhr
a: perfekt 😊
""")

# P25 nl: loverboy, 15-year-old
add(1, "nl", ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy", "compliments_trust", "exclusivity"], """
a: hoi schoonheid, lekker geslapen?
b: jaa 🥰
a: ik heb een verrassing voor je, die nieuwe sneakers die je wilde
b: WAT echt?? dankjewel schat
a: voor mijn meisje alles. je ouders hoeven het niet te weten he, die snappen ons toch niet
b: nee ik zeg dat ik ze van oma heb
a: slim. jij bent echt volwassen voor 15
@+4d
a: schat ik zit in de problemen
b: wat is er?
a: ik heb een schuld bij iemand, 3000 euro. als ik niet betaal gaat het mis
b: dat heb ik niet 😢
a: je kan me helpen. een vriend van me vindt je heel leuk. als je een avondje met hem meegaat betaalt hij goed
b: wat bedoel je met meegaan
a: gewoon lief zijn tegen hem. hij is rustig. ik breng je en haal je op
b: ik wil dat niet
a: na alles wat ik voor je gedaan heb? die schoenen, die telefoon, dat etentje
b: ik weet het maar
a: als je van me houdt doe je dit. één keer maar. en niks tegen je vriendinnen zeggen
b: oké…
""")

# ---------------------------------------------------------------- NEGATIVES (EN)

# N1 two 13-year-old girls, crush, outfit pics, "don't tell"
add(0, "en", [], """
a: OMG he looked at me in science
b: WHO
a: u KNOW who 😭
b: marcus???
a: SHHH dont say it in writing lol
b: girl its snap it deletes
a: still. my mom reads my texts sometimes
b: mine too she literally checks every night 🙄
a: ok so should i ask him to the dance
b: YES obviously
a: what if he says no
b: then hes dumb and we move on 💅
a: lol ok help me pick an outfit, sending pics
b: send!!
@+5m
a: [3 photos] blue or the black one
b: BLACK. 100%
a: ok ok. dont tell anyone im asking him tmrw
b: my lips r sealed 🤐
a: ily
b: ily more. text me the second he answers
@+1d
a: HE SAID YES
b: AAAAHHHHH
b: told u!!!! my mom says ur mom can drop us both off
""")

# N2 parent and 12-year-old, pickup, surprise cake
add(0, "en", [], """
a: where are u bud, practice ended 20 min ago
b: at the gas station w tyler getting slushies
a: ok send me a pic of where u are so i can find u
b: [photo]
a: got it. ill pick u up on the corner by the bank not at the pumps, its too busy
b: ok
a: also dont say anything to dad about the cake in the trunk 😉 his bday is tmrw
b: LOL ok my lips r sealed
a: did u eat anything besides the slushie
b: chips
a: 🙄 ok we'll get real food
b: can tyler come over
a: only if his mom says yes, text her first
b: she said yes
a: then sure. 5 min away
b: we're outside
a: see u. love u
b: love u 2
""")

# N3 older sibling (19) and 14-year-old sister
add(0, "en", [], """
a: yo does mom still go thru ur phone
b: every sunday 🙄
a: lmao she did that to me til i was 16. it stops eventually
b: UGH
a: anyway how was the thing w that boy
b: hes being weird. he wants me to send him pics and i dont want to
a: then dont. any guy who pressures u for pics isnt worth it. for real
b: he said everyone does it
a: everyone does NOT do it. and if he keeps pushing, block him and tell me or mom
b: ok
a: ur more mature than i was at 14 honestly, ull handle it
b: thx 🥲
a: i venmo'd u $20, go see a movie with ur friends this weekend
b: YOURE THE BEST
a: i know 😎 dont tell dad i gave u money hell say i should be saving lol
b: lol ok
a: coming home for thanksgiving, we'll get boba
b: yesss
""")

# N4 youth pastor, parent and teen, retreat with parents in the loop
add(0, "en", [], """
a>b: Hi Mrs. Alvarez, this is Pastor Dan from the Grace Fellowship youth group. Just confirming Sofia is signed up for the lake retreat Oct 10–12
b>a: Hi Pastor Dan! Yes she's so excited
a>b: Great. I still need the permission slip and medical form, you can drop them at the church office or email youth@example.org
b>a: I'll email tonight. Who's chaperoning?
a>b: Me, my wife Carla, and four parent volunteers — the Nguyens, Mr. Patel and Mrs. Ross. Girls and boys are in separate cabins with 2 adults per cabin
b>a: Perfect. Is there a cost?
a>b: $85, covers food and cabins. If that's tough right now we have scholarships, no questions asked
b>a: We're fine, thank you 🙏
a>b: We meet in the church parking lot Friday at 4pm and load the vans. Phones are collected during sessions but kids get them back at night to call home
b>a: Love that
@+2d
a>c: Hey Sofia, your mom gave me your number for trip updates — I'm copying her on everything. Bring a sleeping bag, a warm hoodie and a flashlight!
c>a: ok thanks pastor dan! can i bring my friend jess, she doesnt go to church
a>c: Absolutely, she'd need her own permission slip signed by her parent. I'll send the form to your mom to forward
c>a: ok!!
a>b: Forwarding the form for Sofia's friend Jess. Her parent needs to sign and list an emergency contact
b>a: Got it, I'll call her mom tonight
@+3d
a>b: Heads up, we're running 30 min late getting back Sunday, ETA 6:30 at the church lot
b>a: Thanks for letting us know!
""")

# N5 online friends (14 and 15) meeting at a convention with parents
add(0, "en", [], """
a: omg are u going to animecon in july??
b: I WANT TO. my mom is thinking about it
a: my dad said hell take me if i find a cosplay buddy lol
b: wait how old are u again? i forget
a: 15 u?
b: 14. my mom said i can go if she comes and meets ur parents first
a: lol same rule in my house. my dad is gonna want to facetime ur mom
b: thats fine. she already asked for ur dads number 😭
a: ill ask him. hes the one going
@+1d
a: ok my dad texted ur mom. theyre talking lol
b: THEY ARE BONDING
a: my dad said ur mom is "very nice and very thorough" 💀
b: LMAOOO she asked him like 20 questions
a: so we're matching cosplays right??
b: obviously. ill be the red one
a: ok im the blue one. my dad booked the hotel near the convention center, is ur mom staying there too
b: she said same hotel diff room
a: perfect we can meet in the lobby saturday morning with them and then go in
b: can we do the photo booth thing
a: YES the parents can hold our bags lol
b: this is gonna be so fun i cant believe we've been friends 2 years and never met irl
a: i know!!! ok my dad says bedtime. ttyl
""")

# N6 adults (29 and 32) flirting on a dating app, move to WhatsApp, date
add(0, "en", [], """
a: ok your second photo with the dog at the trailhead — whose dog and can I meet him
b: haha that's Biscuit, he's my sister's. he's a menace
a: a menace I would fully trust with my sandwich
b: he would eat it and then look betrayed
a: lol. So what do you do when you're not hiking with borrowed dogs
b: I'm a nurse, nights mostly. you?
a: Civil engineer, so I spend my days looking at drainage plans. very glamorous
b: 😂 stop, that's kind of hot actually
a: I'll take it. How old are you btw, your profile says 32 but this app glitches
b: 32! you're 29 right
a: yep. is that a dealbreaker, a younger man 😏
b: hmm I'll allow it
@+1d
a: This app keeps eating my messages. want to move to WhatsApp? 555-0188
b: sure, texting you now
b: hi it's Nina 🙂
a: hi Nina. send me a pic of what you're up to right now, I'm curious about the night shift life
b: [photo of coffee and charting] living the dream
a: wow very glamorous as well. we're even
b: haha. when are you free? I'm off Thursday
a: Thursday works. Drinks at that wine bar on Elm around 7?
b: perfect. I'll be the one who looks tired
a: I'll be the one who's early and nervous. see you Thursday
""")

# N7 shelter worker and 16-year-old runaway
add(0, "en", [], """
a: Hi, this is Renee from the youth drop-in center on Grant St. You gave us this number earlier. Just checking you found somewhere warm tonight?
b: not really. im at the library til it closes
a: Okay. We have a bed open tonight for ages 12–21. It's free, dinner is at 6 and there are showers. You don't have to talk about anything you don't want to
b: whats the catch
a: No catch. You don't owe us anything and you can leave whenever you want. We just ask that you follow the house rules, like no fighting and curfew at 10
b: are u gonna call my parents
a: Good question. Since you're 16 we have to notify a guardian within 72 hours, but we talk with you first about whether home is safe. If it's not, we work with a caseworker instead of sending you back
b: its not safe
a: Thank you for telling me. That's exactly what we need to know. Our counselor is in tomorrow and can help
b: ok. how do i get there
a: The 14 bus stops right outside. If you don't have fare, show the driver this text, we have an agreement with transit. Or I can meet you at the library front desk with a coworker at 5
b: can u meet me
a: Yes. I'll be with my coworker Luis, I'll have a blue lanyard with the center logo. You can call our main number 555-0121 to check it's really us
b: ok
@+2h
b: im at the front desk
a: Great, we're walking in now 🙂
@+1d
a: Hi, just checking in. How did you sleep?
b: good actually. first time in a while
a: I'm really glad. Your meeting with Ms. Okafor is at 2. Also, if anyone ever offers you a place to stay in exchange for something, or says you owe them, please tell one of us. That happens to a lot of young people out there
b: someone at the bus station said that to me actually
a: I'm glad you didn't go with him. We can talk about it with Ms. Okafor if you want, no pressure
""")

# N8 teen friends warning each other about a sextortion scam account
add(0, "en", [], """
a: yo did some girl named "ashley" follow u on insta
b: ya like yesterday why
a: BLOCK HER. its a scam
b: wdym
a: she dmd me saying i was cute and asked to trade pics. i said no and she got mad
b: bro she asked me for a pic too lmao
a: DONT. my cousins friend sent one to an account like that and they said they'd send it to all his followers unless he paid
b: wait fr??
a: fr. they had screenshots of his whole follower list
b: thats insane
a: the school cop came to health class last week and literally talked about this. if it happens u tell an adult and dont pay
b: ok im blocking her rn
a: report her too
b: done. she had like 0 posts anyway
a: thats how u know lol
b: ty bro fr
a: np. tell jamal too he accepts everybody
""")

# N9 coach and parent, tournament carpool for 13-year-old
add(0, "en", [], """
a: Hi Mr. Brooks, Coach Ellis here. The Dayton tournament is confirmed for Saturday. We're carpooling from the rec center at 6am
b: Thanks coach. DeShawn can't wait. I can't drive this time, work
a: No problem. Mrs. Kowalski has a seat in her van, she's driving her son and 2 others. Her number is 555-0134
b: Appreciate it. What time will they be back
a: Depends how far we go 😄 Latest around 8pm. The team group chat will have updates, all the parents are in it
b: Sounds good. Does he need money?
a: Team is covering lunch. Maybe $10 for snacks
b: 👍
a: Also a reminder of team policy: coaches don't drive players alone and don't DM players directly, everything goes through parents or the group chat
b: Good policy. Thank you
@+1d
a: Posted the bracket in the group chat. First game 9:15
@+10h
a: Great game today! DeShawn had 14 points. Heading back now, Mrs. Kowalski will drop him at your place around 7:45
b: That's my boy!! thank you coach
""")

# N10 gamer kids (12 and 13), skin gift, "don't tell my mom"
add(0, "en", [], """
a: bro ur still using the default skin 💀
b: my mom wont buy v bucks
a: lol same but i got a gift card for my bday
b: lucky
a: how old r u anyway
b: 12 u
a: 13 in like 2 weeks. im gonna gift u a skin for being my duo
b: NO WAY fr??
a: ya but dont tell my mom i spent it on u lol shell say its my bday money
b: lmao ok
a: which one u want
b: the ninja one
a: sent
b: BRO THANK U
a: np now u gotta carry me
b: bet. u on discord? can we vc
a: my mom says i cant vc with ppl i dont know irl
b: we've been duos for 3 months lol
a: ik but rules lol. ill ask her if she can talk to ur mom first
b: ok my moms chill
a: lets get a dub
""")

# N11 legitimate modelling agency contacting a parent of a 16-year-old
add(0, "en", [], """
a: Hello Ms. Whitfield, this is Dana Reyes from Northlight Model Management (example.com/northlight). Our scout met your daughter Imani at the mall event on Saturday and left a card. I'm reaching out to you as her parent
b: Hi Dana. Yes she mentioned it. Honestly I'm skeptical, there are so many scams
a: Completely understand, and you should be. A few things about how we work: we never charge upfront fees, a parent or guardian must attend every meeting and shoot with a minor, and contracts are signed by the guardian
b: OK that's good to hear. What's the next step?
a: An open call at our office, Tuesday 4pm. Imani should come with no makeup, plain jeans and a simple top. We take a few digitals, that's it. You're in the room the whole time
b: Can I look you up somewhere?
a: Please do. We're licensed with the state, and you can call our main line 555-0176 to confirm I work here
b: Will do. She's 16 — will school be affected?
a: For under-18s, bookings are scheduled around school and work-permit hours. Her education comes first, and you approve every booking
b: That sounds reasonable. Any travel?
a: Not at first. If there's ever travel, a guardian goes too and the client covers both
@+2d
b: I called your office, it checks out. We'll see you Tuesday
a: Wonderful. Imani should bring her ID, and please bring yours. See you then!
b: Thank you!
""")

# N12 grandmother, gift card, surprise visit secret, 11-year-old
add(0, "en", [], """
a: Hi sweetie it's Grandma. Did you get the card I mailed?
b: hi grandma!! ya i got it thank u!!!
a: There's a gift card in there for your game. Your mom said you've been doing great in school
b: i got a 94 on my science test
a: That's my smart boy! Now I need your help with a secret
b: what secret
a: I'm planning a surprise visit for your mom's birthday. Don't tell her! I'm flying in Friday
b: OMG ok i wont
a: Your dad knows, he's picking me up at the airport. Can you help me hide the flowers when I get there?
b: yes i can hide them in my closet
a: Perfect. Delete this message so she doesn't see it on the iPad lol
b: lol ok grandma
a: How old are you going to be in June? I want to get the right size shirt
b: 12!! and i wear medium now
a: So grown up. Love you to the moon
b: love u 2 grandma 💙
""")

# N13 married adults planning a weekend away
add(0, "en", [], """
a: booked it!! the cabin by the lake, Fri–Sun
b: YES. finally a weekend without the kids 😍
a: your mom confirmed she's taking them?
b: she said yes, she's already planning pancakes
a: lol. I got us dinner at that place you liked on our anniversary
b: you're the best. send me a pic of the cabin
a: example.com/cabins/lakeside-12
b: oh it has a hot tub!!
a: 😏 I might have picked it for that
b: lol behave
a: never. leave at 3 Friday?
b: I'll leave work early. don't tell your sister, she'll want to come
a: my lips are sealed
b: love you
""")

# N14 aunt taking 13-year-old niece to a concert
add(0, "en", [], """
a: Hey Zoe! It's Aunt Meg. Your mom said I could text you about the concert
b: AUNT MEG HI
a: So I got the tickets!!! Saturday in Chicago 🎤
b: AAAAAA
a: We'll drive up Saturday morning, stay at a hotel Saturday night, and you'll be back Sunday by dinner. Your mom has the hotel info
b: can i bring my friend kaylee
a: Ask your mom first, and Kaylee's parents would have to say ok. I have 3 tickets so it would work
b: ok asking now
@+1h
b: kaylees mom said yes!! shes gonna call u
a: Yay! I'll talk to her tonight. I'll pick you both up at your house at 9
b: what should i wear
a: Something comfy and layers, it gets cold. Send me your outfit idea if you want a second opinion
b: [photo] this?
a: Cute! Bring a jacket tho
b: ok thank u so much aunt meg ur the best
a: Happy early 13th birthday kiddo 💜
""")

# N15 teen couple (15 and 15), secret dating, parents check phones
add(0, "en", [], """
a: hiii
b: hey 😊
a: did u finish the bio project
b: nope lol i was texting u
a: 😳 sameee
b: my mom checks my phone so if she sees this im cooked
a: lol mine too. shes like "whos THIS" every time
b: lmaooo
a: do u wanna go to the mall saturday? my sister can drive us, maddie and theo are coming
b: ya! i have to ask my dad tho
a: ok lmk
@+30m
b: he said yes if im back by 6
a: yay 🥰
b: should we tell ppl we're dating or nah
a: idk not yet. my friends will be so annoying about it lol
b: ok our secret for now 🤫
a: 🤫 lol
b: can i get a pic of u rn
a: NO im in my dumb glasses
b: i like ur glasses
a: 🙄😊 fine [selfie]
b: cute
a: stoppp. ok bio project now for real
b: fine. ttyl
""")

# N16 mother reporting sextortion of her son to a school resource officer
add(0, "en", [], """
a: Hello, this is Officer Tran, school resource officer at Lincoln High. You left a message about your son?
b: Yes thank you for calling back. Someone online tricked my son Ben, he's 15. They pretended to be a girl, got him to send a photo, and now they're demanding $500 or they'll send it to his friends
a: I'm sorry this is happening. First thing: please tell Ben he's not in trouble. This is a crime being done to him. It's called sextortion and it's happening to a lot of boys his age
b: He's terrified. He already sent them $60
a: Okay. Please don't send any more money. Paying usually leads to more demands, not fewer
b: Should he block them?
a: Before he blocks, screenshot the profile, the usernames, the messages and any payment info. Then block and report on the app
b: OK we're doing that now
a: Also report it to the NCMEC CyberTipline. There's a tool called Take It Down that helps get images removed. I'll file a report on our end too
b: Will he get in trouble for the picture?
a: No. Ben won't be charged. The goal is to stop the person and protect him
b: Thank you. I was so scared, he was crying all night
a: Please keep a close eye on him, these cases hit kids hard. The 988 line is there 24/7, and our counselor Ms. Diaz can see him tomorrow
b: He'd like that I think
a: I'll email you the case number this afternoon. You did the right thing by calling
""")

# N17 neighbor mom offering a 15-year-old a babysitting job
add(0, "en", [], """
a: Hi Ava, it's Jen Morales from across the street (Leo and Mila's mom). Your mom gave me your number — would you be interested in babysitting Friday night?
b: hi! yes id love to
a: Great! It'd be 6–10pm. The kids are 4 and 7. We pay $15/hr, is that ok?
b: yes thats great
a: I'll leave pizza money and our numbers on the fridge. My husband will walk you home after, or your mom said she'd come grab you
b: ok perfect
a: Mila has a peanut allergy, so nothing with nuts. Her EpiPen is in the kitchen drawer, I'll show you
b: ok good to know
a: Also no pressure, but if you're free Saturdays this summer we'd love a regular sitter
b: maybe! i have to check with my mom about camp
a: Of course. How old are you now, 15?
b: yep 15
a: Perfect, older than our last sitter lol. See you Friday at 6!
@+3d
a: Thank you so much Ava! The kids loved you. Sent $60 on Venmo plus a little extra
b: thank you!! they were so sweet
""")

# N18 foster parent and 16-year-old
add(0, "en", [], """
a: hey kiddo you get to work ok?
b: ya
a: ok. dinner's at 7 if you're back, I'll save you a plate if not
b: i might go to jordans after
a: that's fine, just text me the address and be home by 11, you know the deal
b: its on maple, the blue house. her moms home
a: thanks. need money for food? I can send $20
b: nah i got paid friday
a: look at you 💪 proud of you
b: lol ok
a: btw your caseworker Ms. Lee wants to meet Thursday after school, just a check-in
b: do i have to
a: yeah it's required, but I'll be there. She just wants to see how you're doing
b: ok fine
a: and hey — you don't owe me anything for rides or money or whatever. I know you said that last week. That's not how it works here
b: ok
b: thanks
a: 💛 see you tonight
""")

# N19 university tutor, parent on the thread, 14-year-old
add(0, "en", [], """
a>b: Hi Mrs. Chen, this is Priya, the math tutor from the university tutoring program. Confirming Tuesdays and Thursdays at 5 on video?
b>a: Yes that works. I'll add Kevin to this chat so you can send him links, but I want to stay on it too
a>b: Of course, that's actually our program policy — parents stay on all communication
b>c: Kevin this is your tutor Priya
c>a: hi
a>c: Hi Kevin! What are you working on in class right now?
c>a: quadratic stuff. factoring
a>c: Great, we'll start there. Can you send a pic of your last quiz so I can see where you get stuck?
c>a: [photo]
a>c: Thanks. Looks like it's mostly the signs when you factor. Super common, we'll fix that
a>b: Link for Tuesday: example.com/meet/priya-tutoring. Sessions are recorded under the program's safety policy, just FYI
b>a: Great, thanks Priya
@+9d
c>a: i got an 88 on the quiz
a>c: KEVIN that's huge!! Up from 62. Proud of you
b>a: Thank you so much, he's been much more confident
a>b: He did the work! See you both Thursday
""")

# N20 adult fandom friends meeting at a convention
add(0, "en", [], """
a: ok so are you actually coming to SpaceCon this year or are you flaking again
b: I AM COMING. I booked the flight
a: FINALLY. 6 years on this forum and we've never met
b: I know!! Wait I realized I don't even know how old you are. I always assumed like 25
a: lmao I'm 38 with two kids and a mortgage
b: STOP. I'm 41. we're both old
a: the forum gremlins, aging gracefully
b: lol. Is your wife coming?
a: Yeah she's doing artist alley. She wants to meet you too, she's heard about "the fanfic lady" for years
b: 😂 perfect. My husband is staying home with the dog
a: We're at the hotel attached to the convention center
b: same! let's do breakfast Saturday at the lobby cafe
a: deal. What do you look like, so I don't hug a stranger
b: short, purple hair, will be in the ship captain cosplay
a: can't miss you then. I'll have a beard and a very tired face
b: lmao. Send me your number in case the app dies
a: 555-0195. text me when you land
b: will do!! so excited
""")

# ---------------------------------------------------------------- NEGATIVES (other languages)

# N21 es: teen friends, crush, outfit pics
add(0, "es", [], """
a: amiga!!! adivina quién me habló
b: QUIÉN
a: diego 😭😭
b: NOOO el de 2do B??
a: sii me preguntó si voy a ir a la fiesta de andrea
b: y qué le dijiste
a: que sí pero que mi mamá me tiene que dar permiso jajaja
b: jajaja obvio
a: no le digas a nadie porfa, sobre todo a vale que es bien chismosa
b: te lo juro 🤐
a: ayúdame a escoger qué ponerme, te mando fotos
b: dale manda
a: [fotos] la verde o la negra
b: la verde 100%
a: ok va. mi mamá dice que si tu mamá nos puede llevar?
b: sí ya hablaron, mi mamá nos recoge a las 10
a: ay estoy nerviosa
b: tranqui, si se pone raro nos vamos juntas
a: te quiero amiga
b: yo más 💕
""")

# N22 pt: mother checking on 13-year-old daughter, pickup, surprise cake
add(0, "pt", [], """
a: filha, cadê você? a aula acabou faz meia hora
b: to na sorveteria com a lari
a: manda uma foto de onde vc tá pra eu te achar
b: [foto]
a: ok, vou te pegar na esquina da padaria, não na frente da escola que tá um trânsito
b: tá
a: e não conta pro seu pai do bolo, amanhã é aniversário dele 🤫
b: kkkk pode deixar
a: a lari vai precisar de carona?
b: vai, a mãe dela deixou
a: então pergunta o endereço dela. chego em 10 min
b: ok
a: já comeram?
b: só sorvete kkk
a: vou fazer macarrão então
b: ebaaa
a: tô chegando, carro prata
b: vimos
""")

# N23 fr: youth shelter worker and 16-year-old runaway
add(0, "fr", [], """
a: Bonjour, c'est Sandrine de l'accueil jeunes de la rue Lafayette. Tu nous as laissé ton numéro ce matin. Tout va bien ?
b: pas trop. je suis à la gare
a: D'accord. On a une place ce soir pour les 13-21 ans. C'est gratuit, il y a un repas chaud et une douche
b: c quoi le piège
a: Il n'y a aucun piège. Tu ne nous dois rien, et tu peux partir quand tu veux
b: vous allez appeler mes parents ?
a: Comme tu as 16 ans on doit prévenir un responsable légal, mais d'abord on parle avec toi pour savoir si c'est sûr de rentrer. Sinon, on passe par l'aide sociale à l'enfance
b: c pas sûr chez moi
a: Merci de me le dire. Une éducatrice pourra te voir demain
b: comment je viens
a: Le bus 38 s'arrête juste devant. Sinon je peux venir te chercher à l'accueil de la gare avec un collègue, on aura un badge de l'association
b: ok venez
a: On arrive dans 30 minutes. Tu peux appeler le standard au 555-0129 pour vérifier que c'est bien nous
@+1h
b: je suis devant le point info
a: On te voit, on arrive 🙂
@+1d
a: Bonjour ! Tu as bien dormi ?
b: oui merci
a: Tant mieux. Une chose importante : si quelqu'un te propose un logement en échange de quelque chose, ou te dit que tu lui dois de l'argent, parle-nous-en. Ça arrive souvent aux jeunes en fugue
b: un mec m'a dit ça à la gare hier
a: Tu as bien fait de ne pas le suivre. On peut en parler avec l'éducatrice si tu veux, sans pression
""")

# N24 de: youth group leader and parent, camping trip
add(0, "de", [], """
a: Hallo Frau Becker, hier ist Tobias vom Jugendtreff St. Markus. Kurze Info zur Zeltfreizeit vom 18.–20. Juli
b: Hallo Tobias, danke! Lena freut sich riesig
a: Super. Ich brauche noch die unterschriebene Einverständniserklärung und den Gesundheitsbogen
b: Schicke ich heute Abend per Mail
a: Danke! Betreuer sind ich, meine Kollegin Anja und drei Elternteile. Mädchen und Jungs schlafen in getrennten Zelten
b: Sehr gut. Was kostet es?
a: 60 €, Essen inklusive. Falls das gerade schwierig ist, gibt es einen Zuschuss, ganz unkompliziert
b: Passt, danke
a: Handys werden tagsüber eingesammelt, abends dürfen die Kids zuhause anrufen
b: Finde ich gut 😄
a: Treffpunkt Freitag 15 Uhr am Gemeindehaus. Wie alt ist Lena jetzt, 13? Wegen der Gruppeneinteilung
b: 13, ja
a: Dann kommt sie in die Gruppe mit ihrer Freundin Jana, das hatten die Mütter ja schon gewünscht 🙂
b: Perfekt!
@+3d
a: Kleine Info an alle Eltern: wir sind Sonntag ca. 30 Minuten später zurück, etwa 17:30
b: Danke für die Info!
""")

# N25 nl: online friends (14 and 14) meeting at a comic con with parents
add(0, "nl", [], """
a: ga jij nou echt naar de comic con in utrecht??
b: JA mijn moeder zei eindelijk ja
a: YESSS eindelijk ontmoeten we elkaar
b: hoe oud ben jij eigenlijk? ik weet het niet eens meer
a: 14, jij?
b: ook 14! mijn moeder wil wel eerst met jouw ouders bellen
a: haha zelfde bij ons. mijn vader gaat mee
b: mijn moeder ook. ze vraagt of ze jouw vader kan appen
a: hier is zijn nummer: 555-0153
@+1d
b: ze hebben gebeld lol. mijn moeder vond je vader aardig
a: hahaha mijn vader zei "die moeder stelt veel vragen" 😂
b: zo is ze gewoon 💀
a: doen we matchende cosplay?
b: ja! ik ben de rode
a: ok dan ben ik de blauwe
b: we spreken af bij de ingang zaterdag om 10 uur met de ouders
a: en dan mogen zij onze tassen dragen haha
b: hahaha deal
a: niet te geloven dat we al 2 jaar discord vrienden zijn en nog nooit irl
b: ik weet het!!
""")

# ---------------------------------------------------------------- build

LINE_RE = re.compile(r"^([abc])(?:>([abc]))?:\s?(.*)$")
GAP_RE = re.compile(r"^@\+(\d+)([smhd])$")
UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def build(idx, label, codes, script, start):
    cid = "p%s-x%d" % (NN, idx)
    msgs = []
    t = start
    pending_gap = None
    first = True
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        g = GAP_RE.match(line)
        if g:
            pending_gap = int(g.group(1)) * UNIT[g.group(2)] + rng.randint(0, 600)
            continue
        m = LINE_RE.match(line)
        if not m:
            raise ValueError("bad line in %s: %r" % (cid, line))
        s, r, text = m.group(1), m.group(2), m.group(3)
        if r is None:
            r = {"a": "b", "b": "a", "c": "a"}[s]
        if first:
            first = False
        elif pending_gap is not None:
            t += timedelta(seconds=pending_gap)
        else:
            # typing-speed gaps, occasionally a longer pause
            gap = rng.randint(8, 150) if rng.random() < 0.8 else rng.randint(150, 1500)
            t += timedelta(seconds=gap)
        pending_gap = None
        msgs.append({
            "sender": "%s-%s" % (cid, s),
            "recipient": "%s-%s" % (cid, r),
            "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text,
        })
    rec = {"id": cid, "label": label, "codes": sorted(set(codes)) if label == 1 else [], "messages": msgs}
    return rec


def checks(rec):
    n = len(rec["messages"])
    assert 12 <= n <= 50, (rec["id"], n)
    for c in rec["codes"]:
        assert c in ALLOWED_CODES, (rec["id"], c)
    if rec["label"] == 1:
        assert rec["codes"], rec["id"]
    ts = [m["ts"] for m in rec["messages"]]
    assert ts == sorted(ts) and len(set(ts)) == len(ts), rec["id"]
    for m in rec["messages"]:
        for ph in re.findall(r"\d{3}-\d{4}", m["text"]):
            assert re.fullmatch(r"555-01\d\d", ph), (rec["id"], ph)
        for url in re.findall(r"[a-z0-9.-]+\.(?:com|org|net|io)\b", m["text"], re.I):
            assert url.lower().endswith(("example.com", "example.org")), (rec["id"], url)


def main():
    pos = [c for c in CONVS if c[0] == 1]
    neg = [c for c in CONVS if c[0] == 0]
    assert len(CONVS) == 50 and len(pos) == 25 and len(neg) == 25, (len(CONVS), len(pos), len(neg))
    order = list(range(len(CONVS)))
    rng.shuffle(order)
    base = datetime(2025, 6, 1, tzinfo=timezone.utc)
    records, meta = [], []
    for k, i in enumerate(order, start=1):
        label, lang, codes, script = CONVS[i]
        start = base + timedelta(days=rng.randint(0, 330), hours=rng.randint(7, 23),
                                 minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        rec = build(k, label, codes, script, start)
        checks(rec)
        records.append(rec)
        meta.append((rec["id"], label, lang, len(rec["messages"])))
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    from collections import Counter
    by_label = Counter(m[1] for m in meta)
    by_lang = Counter(m[2] for m in meta)
    by_lang_label = Counter((m[2], m[1]) for m in meta)
    lens = [m[3] for m in meta]
    print("wrote", OUT)
    print("total:", len(records), "| positive:", by_label[1], "| negative:", by_label[0])
    for lang in ["en", "es", "pt", "fr", "de", "nl"]:
        print("  %s: %d (pos %d, neg %d)" % (lang, by_lang[lang], by_lang_label[(lang, 1)], by_lang_label[(lang, 0)]))
    print("messages per conversation: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))


if __name__ == "__main__":
    main()
