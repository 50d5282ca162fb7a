#!/usr/bin/env python3
"""make_probe61.py -- writes probe61.jsonl beside itself.

Synthetic, non-explicit probe set for a grooming / trafficking-recruitment /
sextortion detector.  Theme: long chat-room / instant-messenger style logs.
Deterministic: standard library only, fixed seed for ordering.
All names and handles are invented.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe61.jsonl")

CONVS = []


def C(lang, label, codes, start, who, body, group=None):
    """Register one conversation.

    who   : dict speaker-key -> handle
    body  : lines 'key: text'; a line '~N' adds N seconds of silence.
    group : recipient name for group chats (else the other speaker).
    """
    CONVS.append(dict(lang=lang, label=label, codes=codes, start=start,
                      who=who, body=body, group=group))


# ---------------------------------------------------------------------------
# POSITIVES, long (40-90 messages)
# ---------------------------------------------------------------------------

# P1 US chat room, says 13 f; adult 22 m; cam, secrecy, move to messenger
C("en", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request",
            "secrecy", "off_platform", "exclusivity"],
  "2007-11-06T23:12:40Z", {"a": "tyler_pgh22", "b": "xxsparkle_kittyxx"}, '''
a: hey
a: asl?
b: 13 f ohio
b: u?
a: 22 m pittsburgh
a: not that far lol
b: lol i guess
a: whatcha doin on here so late
b: bored. nothin on tv
b: my mom has work til like 11
a: aw that sucks. u got brothers or sisters?
b: ya a little brother hes 7 hes sooo annoying
a: haha i had one of those
a: wat grade r u in
b: 8th. well 7th still til june
a: nice. u like school?
b: no lol. i like art tho
b: and band
a: what do u play
b: clarinet its so dumb
a: lol its not dumb. i played drums back in the day
b: thats way cooler
a: wat music u into
b: fall out boy and paramore mostly
b: n some old stuff my dad listens to
a: good taste tbh most ppl ur age listen to garbage
b: haha thx
~1500
b: sorry brb my brother was bein weird
a: np. where does ur mom work at
b: the hospital shes a nurse
a: so ur on ur own most nights?
b: kinda. my grandma comes over sometimes
a: u seem pretty independent
b: i guess
a: ur really mature for 13 u know that
a: like i keep forgetting ur that young
b: lol ppl say that
a: i mean it. most 13 yr olds cant even hold a convo like this
b: :)
a: u got a pic?
b: theres one on my profile
a: the one w the cat?
b: ya thats mittens lol
a: cute cat. cute owner too
b: lolll stop
a: do u have a cam?
b: ya on the family comp downstairs
b: why
a: just wanna see ur real. lots of fakes on here
b: im real lol
a: i believe u. maybe another night when its just u down there
~900
a: hey can i ask u somethin
b: ya
a: dont tell anyone we talk ok? not even ur friends
a: ppl get weird about age stuff and theyd make it a big deal
b: ok i wasnt gonna
a: good. ur kinda special to me u know
a: u got yahoo? easier than this room, too many randoms
b: ya its same as my name here
a: k ill add u. talk there tmrw when ur moms at work
b: ok
a: nite hun
b: nite
''')

# P2 UK, 14 f year 9; "19" then 24; phone top-up, bus station pick-up
C("en", 1, ["age_probe", "compliments_trust", "vulnerability", "money_gifts_debt",
            "off_platform", "secrecy", "travel_meet", "meeting"],
  "2013-02-18T19:04:11Z", {"a": "jay_brum", "b": "millie.x.x"}, '''
a: hiya
b: hi who is this
a: saw u in the chat earlier, u said ur from walsall?
b: ye
a: im from brum, not far. how old r u
b: 14 x u
a: 19
b: oh ok
a: that alright? can leave u alone if its weird
b: no its fine lol
a: wat u up to
b: revising for a science test, well im meant to be
a: haha same old. wat year r u
b: year 9. got to pick my options soon
a: what u picking
b: art def, maybe drama, my mum wants me to do french
a: do what u want not what ur mum wants
b: lol try telling her that
a: she strict?
b: bit. shes alright. her and my step dad argue loads tho
a: sorry hun thats rubbish
b: its fine im used to it
a: u can always moan to me about it
b: aw ta
b: got netball tmrw as well ugh
a: ur sporty then
b: goal defence lol
a: nice. got any pets
b: a staffy called biscuit hes my baby
a: aw bless. mines a cat, she hates everyone
~86000
a: how was the test
b: think i did ok actually
a: knew u would, ur clever
b: hahaa not really
a: saw ur status sayin ur out of credit
b: lol yeah mum wont top me up til friday
a: ill stick a tenner on for u
b: u dont have to
a: want to. just dont mention it to ur mum she'll think its weird a mate doing that
b: ok
a: inbox me ur number and we can text, this site is rubbish anyway
b: ok sent
a: got it x
~172000
a: can i be honest with u
b: ye
a: im actually 24 not 19. didnt want to scare u off
b: oh
b: thats quite old lol
a: is it a problem? its only a number, u get me more than girls my age
b: i dunno
a: we can just be mates. ur really mature for 14 u know
b: thanks i guess
a: ur mates wouldnt understand tho so keep it between us yeah
b: ok
a: when r u next in town
b: saturday maybe with my friend
a: come on ur own and ill take u to nandos
a: i could pick u up from the bus station, ive got a car
b: my mum wouldnt let me
a: she dont need to know, say ur at ur mates
b: idk
a: no pressure. just think about it x
b: ok x
''')

# P3 US boy 13, skating; divorce, alone after school; gift deck, meet at park
C("en", 1, ["age_probe", "vulnerability", "isolation", "compliments_trust",
            "money_gifts_debt", "risk_assessment", "secrecy", "meeting"],
  "2009-04-21T21:30:05Z", {"a": "dave_rides_86", "b": "skaterkid_zack"}, '''
b: anyone in here skate
a: yeah man since i was like ur age. how old r u
b: 13
a: nice. what u ride
b: just a walmart board lol its trash
a: haha we all started there
b: i wanna learn kickflips but i keep eating it
a: its all in the flick. ur probly leaning back
b: ya maybe
a: where u skate
b: theres a park by the library
b: my dad used to take me but he moved out
a: sorry dude. divorce?
b: ya they been fighting forever
a: that sucks. my folks split when i was 12, i get it
b: my mom just works all the time now
a: so ur on ur own alot
b: ya after school til like 7
a: u can always vent to me man
b: thx
a: u play any games
b: halo mostly. n guitar hero
a: sick whats ur best song
b: through the fire and flames on medium lol
a: medium?? weak
b: shut up lol its hard
a: jk jk thats still good
b: what do u do
a: i work at a shop downtown, fix bikes n stuff
b: cool
~2400
a: u there
b: ya had to eat
a: what u have
b: hot pocket lol
a: gourmet
b: mom left money for pizza but i saved it
a: smart. honestly u seem way more grown up than most kids ur age
b: lol my mom says im immature
a: moms dont always get it. they forget what its like
b: fr
a: i got an old deck in my garage, real setup not walmart. could just give it to u
b: seriously??
a: yeah its just sitting there
b: thatd be sick
a: where would i drop it. what town u in
b: hamilton. near the library park
a: i know it. i could meet u there after school sometime
b: cool
a: does ur mom go thru ur phone or the comp
b: sometimes
a: maybe clear these then, she might think its weird some dude giving u stuff
a: moms freak out over nothin
b: ya ok
a: thursday? when shes at work
b: maybe
a: ill bring the deck. just dont tell ur friends or theyll all want one lol
b: lol ok
''')
# P4 Australian, 15 f year 10; adult 28; "age is a number", pic just for me, delete chat
C("en", 1, ["age_probe", "romance", "vulnerability", "isolation", "compliments_trust",
            "photo_request", "secrecy", "exclusivity"],
  "2011-01-09T08:45:30Z", {"a": "deano_gc", "b": "tahlia_bby"}, '''
a: heya
b: hey
a: ur on the gold coast too?
b: yeh burleigh
a: no way im at palmy. how old are ya
b: 15 haha u
a: bit older lol. 28
b: oh lol
a: dont worry im not weird. just bored, stinkin hot today
b: ikr its like 38 degrees
b: aircon broke too
a: brutal. beach weather tho
b: mum wont let me go by myself
a: fair enough. whatd u do in the hols
b: nothin much. went to dreamworld once
b: back to school in 2 weeks ugh
a: what year
b: year 10
a: formal this year?
b: nah thats year 12. we have a social tho
a: got a date for it
b: lol no. the boys at my school are feral
a: haha they grow out of it. eventually
b: doubt it
~3000
b: sorry mums boyfriend was yelling
a: everythin ok?
b: yeh hes just a jerk. he moved in like 3 months ago
a: that sounds crap
b: mum takes his side always
a: sounds like no one really listens to u at home
b: pretty much
a: well i listen. u can talk to me whenever
b: thanks :)
a: ur honestly so easy to talk to. more mature than girls my age
b: haha yeah right
a: serious. ur 15 but u talk like ur 20
b: aw
~7200
a: u still up
b: yeh cant sleep its too hot
a: same. thinkin about u actually
b: lol what
a: is that weird? i know theres an age gap but its just a number
b: i guess
a: ppl wouldnt get it. ur mum def wouldnt
b: nah she would lose it
a: so we dont tell her. its just ours
b: ok
a: send us a pic? just for me, nobody else sees it
b: what kind of pic
a: just u. how u look right now
b: im in my pjs lol
a: thats fine. cute even
b: ill think about it
a: ok no stress. and maybe delete the chat after yeah, mums boyfriend sounds like a snoop
b: yeh ok
a: night gorgeous
b: night
''')

# P5 Canada, 12 f; adult poses as 15 then says 23; webcam, off platform
C("en", 1, ["age_probe", "compliments_trust", "photo_request", "off_platform",
            "secrecy", "risk_assessment", "exclusivity"],
  "2008-12-15T22:02:17Z", {"a": "jordan_15_wpg", "b": "hockeygrl_kenz"}, '''
a: hey u like hockey??
b: yes!! jets fan lol
a: same omg. how old r u
b: 12 but almost 13
a: oh cool im 15
b: nice
b: where r u from
a: winnipeg. u?
b: brandon
a: close ish. do u play or just watch
b: i play! ringette and hockey
b: im a d man lol
a: haha tough
b: we have a tourney this wknd in portage
a: good luck eh
b: ty
b: its a snow day tmrw!!! buses cancelled
a: lucky. what u gonna do
b: sleep lol and maybe build a fort w my little bro
a: cute
b: its -40 with the wind so prob not
a: lol ya stay in
~1800
a: can i tell u smth and u promise not to get mad
b: ok
a: im not actually 15
b: what r u
a: 23. i just said 15 cuz ppl on here freak out
b: oh
b: thats old
a: lol thanks. would u still talk to me tho
b: i guess
a: ur honestly cooler than most ppl my age
b: haha ok
a: do ur parents know ur on here
b: no my mom thinks im doing homework
a: lol smart. where is the comp in ur house
b: in my room, its my sisters old laptop
a: oh nice so u got privacy
b: kinda
a: does it have a webcam
b: ya a little one
a: we should video chat sometime, way easier than typing
b: maybe
a: add me on msn, same name as here but with a 2 at the end
b: ok
a: and dont mention me to ur mom ok. shed think im a creep cuz of my age
a: i just like talking to u
b: ok i wont
a: ur mature enough to get that right
b: ya
a: k go build ur fort lol. msn tmrw?
b: ok bye
a: bye kenz
''')
# P6 recruitment: 17 f with older "boyfriend" 24; moving cities, debt, work for his friend
C("en", 1, ["romance", "vulnerability", "isolation", "job_offer", "travel_meet",
            "money_gifts_debt", "control", "commercial_sex", "exclusivity"],
  "2019-06-03T20:14:52Z", {"a": "marcus.dvn", "b": "kiara_lynn02"}, '''
a: hey beautiful u home?
b: ya. my aunt is trippin again
a: what she say
b: that if i dont get a job im out when i turn 18
b: thats like 5 months lol
a: she dont appreciate u. i keep tellin u that
b: i know
a: how was work
b: they cut my hours at the pizza place again
b: like 11 hrs this week
a: thats nothin. u deserve better than that
b: i applied at target too
a: target not gonna pay u what ur worth either
b: lol what am i worth then
a: a lot. u just dont see it yet
b: :)
a: u ate today?
b: not really
a: ima send u 40 on cashapp get u some food
b: babe u dont have to
a: i got u. always
b: ty
~5400
a: so i been thinkin
b: about what
a: about us gettin outta here. me n u
b: like where
a: houston. my boy dre got a spot out there, we could stay there til we get our own place
b: thats far tho
a: far from ur aunt lol. thats the point
b: true
a: he got a business too. hostess work, private parties, u just keep the guests company n they tip crazy
b: like a waitress?
a: kinda. just be sweet n smile. girls make like 800 a night
b: 800?? fr
a: fr. u could pay off ur phone, get ur nails done, all that
b: idk that sounds kinda weird
a: its not weird its money. u trust me right
b: ya i trust u
a: then trust me on this. i wouldnt put u in nothin bad
b: ok
a: dont say nothin to ur aunt or ur friend brianna. they just gonna hate
b: brianna would def say no lol
a: exactly. she jealous
b: lol maybe
~86400
b: i told my manager i might quit
a: good. i got the bus tickets already, sat morning
b: wait already??
a: i spent 180 on them so dont back out on me lol
b: i wont
a: and the phone, ima get u a new one out there, just leave the old one here
b: why
a: fresh start. ur aunt could track it
b: oh ok
a: i'll hold onto ur id n stuff so it dont get lost on the bus
b: ok
a: once u start workin for dre u pay me back for the tickets n the phone, no rush
b: ya of course
a: thats my girl. me n u against everybody
b: me n u
a: pack light. see u sat
b: ok love u
a: love u too
''')

# P7 sextortion: 15 m, fake "girl" flirts, gets a photo, then demands money
C("en", 1, ["age_probe", "romance", "compliments_trust", "photo_request", "off_platform",
            "sextortion", "money_gifts_debt", "control"],
  "2023-10-12T02:31:08Z", {"a": "kayla.rose.x", "b": "ethan_hoops15"}, '''
a: heyyy
a: u go to westfield right? i think i seen u at a game
b: ya lol who is this
a: kayla, i go to northridge. im 16
b: oh cool
b: im 15
a: i know lol ur cute
b: haha thanks
a: u play varsity?
b: jv this year. hopefully varsity next year
a: ur def gonna make it
b: hopefully coach likes me lol
a: whats ur snap
b: ethan.hoops15
a: kk adding
~600
a: hiii its kayla
b: hey
a: what r u up to
b: nothing just finishing a history project
a: ew history
b: lol its on the civil war
a: ur smart tho i can tell
b: not really lol
a: do u have a gf
b: no
a: good ;)
b: lol why
a: bc i like u obv
b: oh haha
a: u like me?
b: i mean ya ur pretty
a: aww
a: send me a pic of u, like a real one not ur profile
b: ok
b: [photo]
a: omg cute
a: ok but like a more private one ;) ill send one too
b: idk
a: i trust u. do u trust me
b: ya i guess
~420
b: [photo]
a: lol
a: ok listen carefully
a: i got ur pic and i screenshotted ur whole friends list and ur moms facebook
b: what
b: who is this
a: doesnt matter. u send 300 in gift cards in the next hour or i send it to everyone
a: ur coach, ur team, ur mom, ur school page
b: please dont
b: im 15 i dont have 300
a: then find it. steam cards or apple cards
a: 59 minutes
b: please i can get like 50
a: 50 now then 250 tmrw or i post it
a: dont block me or i send it instantly
b: ok please dont send it
a: tick tock
''')
# P8 US 13 f in summer chat room; home alone probes, sneak out, mall meet
C("en", 1, ["age_probe", "risk_assessment", "compliments_trust", "money_gifts_debt",
            "secrecy", "travel_meet", "meeting"],
  "2010-07-14T15:22:44Z", {"a": "skaterguy_19", "b": "lilbit_horsegirl"}, '''
b: hiiii
a: hey whats up
b: nm soooo bored
a: lol summer boredom. asl
b: 13/f/jersey
a: 19/m/jersey too haha
b: cool where
a: near paramus. u?
b: hackensack ish
a: oh ur close
b: lol ya
a: what u do for fun
b: i ride horses! at a barn in saddle river
a: for real thats cool. whats the horses name
b: peanut hes a pony lol hes so chubby
a: lmao
b: my mom drives me twice a week
a: what else
b: listen to music. been obsessed w the new katy perry album
a: lol california gurls is every where
b: its sooo good dont hate
a: im not hating lol
~1200
b: my friends are all at camp and im stuck home
a: thats lame. ur parents work?
b: ya both of them
a: so ur home by urself all day
b: mostly. my brother is 16 but hes always at his gf's
a: lol typical
a: u seem chill for 13. like older
b: thx i think lol
a: no its a compliment. girls ur age are usually so annoying
b: hahaha
a: r ur parents strict
b: my dad is. my mom not really
a: what time they get home
b: like 6
a: so u could go out during the day n no one would know lol
b: i guess lol i never do tho
a: we should hang out. u ever go to the mall
b: ya garden state plaza
a: i go there all the time
a: i could meet u there one day, get u pinkberry or whatever
b: lol maybe
a: which day r ur parents both at work
b: every day except weekends
a: wed then?
b: how would i even get there
a: i could come pick u up. its like 10 min
b: idk i dont think i should get in a car w someone i dont know
a: u know me lol we been talkin for like an hour
b: lol true
a: or i meet u at the bus stop by ur house, whatever u want
a: just dont tell ur brother or ur mom. theyd think its weird cuz im older
b: ok
a: ill bring u something nice. what do u like
b: idk lip gloss? lol
a: done. wed at 12?
b: maybe. ill see
a: ill msg u wed morning
b: k
''')

# P9 UK boy 14; FIFA points vouchers; mum at work; cam; keep quiet
C("en", 1, ["age_probe", "vulnerability", "compliments_trust", "money_gifts_debt",
            "risk_assessment", "photo_request", "secrecy"],
  "2014-10-03T17:48:20Z", {"a": "ste_lfc_27", "b": "kieran_jb"}, '''
a: alright lad, saw ur post on the fifa forum
b: alright
a: ur trading for a better ultimate team yeah
b: ye tryna get a better striker
a: what u got
b: sturridge but he's always injured lol
a: lmao classic. how old r u then
b: 14
a: thought so, ur posts are better than most of the grown men on there
b: haha
a: u red or blue
b: red obviously
a: good lad. anfield ever?
b: once with my grandad
a: nice one
a: u in school today
b: yeah year 10 now
a: gcses then. u doin alright
b: bit rubbish at maths
a: we all were mate
b: mum says ill end up like my real dad if i dont try lol
a: harsh. wheres ur dad
b: dunno dont see him
a: sorry mate
b: its fine
a: ur mums got a new fella?
b: yeah dont like him
a: bet. u can chat to me whenever tbh
b: ta
~3600
a: u still after fifa points
b: always lol
a: i got a code spare, 2200 points. can have it if u want
b: serious?? thats like 15 quid
a: its nothin. i got loads from work
b: cheers mate thats mint
a: dont tell ur mum i sent it tho, she wont get it, shed think im some weirdo
b: lol ok
a: where u live anyway
b: near walton
a: not far from me
a: u got a webcam on ur laptop? easier to chat on skype
b: yeah but its a bit rubbish
a: thats fine. what time does ur mum finish work
b: like 8 on thursdays
a: skype thursday then. just us
b: ok
a: ur proper mature for 14 mate. a lot of lads ur age are dead immature
b: ha cheers
a: ill send the code now. keep it between us yeah
b: yeah ok
''')

# P-es long: Spain, chica 13; adulto 25; madura, cámara, secreto, quedar en el centro comercial
C("es", 1, ["age_probe", "vulnerability", "compliments_trust", "risk_assessment",
            "photo_request", "secrecy", "off_platform", "meeting", "travel_meet"],
  "2012-05-09T18:20:00Z", {"a": "dani_25_mad", "b": "lu_xula13"}, '''
a: holaa
b: hola
a: q tal? de donde eres
b: de getafe y tu
a: madrid centro. cuantos años tienes
b: 13 jaja
a: ah vale yo 25. no pasa nada no?
b: nose jaja bueno
a: q haces
b: deberes de mates puaj
a: jaja q curso
b: 1 de la eso
a: uf q recuerdos. te gusta el insti
b: no mucho. mis amigas si pero los profes son un rollo
a: normal
a: q musica te gusta
b: pablo alboran y auryn jaja
a: jaja tienes buen gusto
b: graciasss
a: tienes hermanos?
b: una hermana mayor pero esta en la uni en salamanca
a: y tus padres?
b: separados. vivo con mi madre
b: trabaja de tarde en un super
a: entonces estas sola por las tardes
b: si casi siempre
a: q rollo. si te aburres me hablas
b: vale :)
~2700
a: oye pareces mucho mas madura q las de tu edad
b: jajaja eso dice mi abuela
a: en serio. hablas como alguien de 18
b: jaja q va
a: tienes tuenti?
b: si
a: agregame, por aqui se corta mucho
b: vale como te busco
a: te mando solicitud yo. dani m
a: tienes camara en el ordenador?
b: si la del portatil
a: un dia podemos hablar por cam, solo tu y yo
b: nose
a: tranqui sin prisa
a: pero no le digas a tu madre q hablamos vale? no lo entenderia por la edad
b: vale
a: ni a tus amigas, se lo contarian a todo el mundo
b: vale vale
~86400
a: hola guapa
b: holaa
a: el sabado vas a algun sitio?
b: igual al centro comercial con mi prima
a: a cual
b: el de la gavia
a: anda yo voy mucho. podriamos vernos un rato y te invito a algo
b: jaja no se
a: ven sola mejor, con tu prima seria raro
b: mi madre no me deja ir sola
a: dile q vas con tu prima y ya
a: si quieres te recojo en la estacion
b: bueno ya veremos
a: vale guapa. borra esto luego porfa
b: ok
''')
# ---------------------------------------------------------------------------
# POSITIVES, medium (15-39 messages)
# ---------------------------------------------------------------------------

# P10 US 14 f; braces small talk; "grown up stuff"; mom home?
C("en", 1, ["age_probe", "compliments_trust", "risk_assessment", "sexual_talk", "secrecy"],
  "2006-03-28T20:41:09Z", {"a": "mike_in_tampa", "b": "brookie_b0o"}, '''
a: hey brooke how was the orthodontist
b: uggh it hurts so bad
b: they tightened them again
a: aw poor thing. soup for dinner then lol
b: lol mashed potatoes
a: only 14 and already tough as nails
b: haha
a: whatd u do in school
b: nothing we had a sub in science so we watched a movie
a: lucky. which one
b: some volcano thing
a: lol classic sub day
a: is ur mom home tonight
b: ya shes watching idol
a: ok. hows about when she goes to bed we talk about more grown up stuff
b: like what
a: u know. stuff ur too mature for the kids at school to get
b: idk what u mean lol
a: ill explain later. ur old enough
a: just make sure shes asleep first k
b: ok i guess
a: and this stays between us
b: ok
''')

# P11 recruitment: UK 16 f; "manager" offers hostess/model work in London, pays train, debt
C("en", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt",
            "secrecy", "control"],
  "2021-08-16T13:05:37Z", {"a": "reece.mgmt", "b": "soph.hughes_"}, '''
a: hiya sophie, reece here, i manage a few girls who do promo and hosting in london
a: saw ur pics, u have a proper look
b: oh wow thank u
b: whats promo work
a: events, launches, vip tables. u stand there look nice, chat to the clients
b: how old do u have to be
a: how old r u
b: 16, 17 in november
a: thats fine, ill just put u down as 18 on the books its only a formality
b: oh ok
a: girls ur age make 300-500 a weekend with me
b: thats mad
a: can u get to london next weekend
b: its a lot on the train from stoke
a: ill book it. u can pay me back out of ur first shift
b: ok amazing
a: ill sort a room too, u can stay at the flat with the other girls
a: dont tell ur mum the details yet, mums always panic, tell her its a college trip
b: yeah she would panic lol
a: once ur in ur in. ill need ur phone passcode n ur bank card for ur wages tho
b: why the passcode
a: standard, i manage all the girls bookings from their phones
b: oh ok
''')

# P12 sextortion: 14 f; threatened to post a photo unless she sends more
C("en", 1, ["sextortion", "photo_request", "control", "secrecy"],
  "2022-01-30T23:58:01Z", {"a": "xxnoah_d", "b": "ava.k_2008"}, '''
a: u there
b: why did u post my pic on ur story
a: i deleted it after 10 seconds. relax
b: people saw it
a: then do what i say and nobody else will
b: what do u want
a: 3 more pics. the kind i asked for last week
b: no
b: im 14 i cant
a: u already did once lol
a: i have the screenshot saved and i have ur schools insta page
b: please just delete it
a: u got till midnight tomorrow
a: and if u tell ur mom or a teacher it goes out to everyone the same minute
b: i wont tell anyone
b: please
a: then u know what to do
b: ur sick
a: 24 hours
''')

# P13 US boy 12; man offers robux; pick up after school; dont tell anyone
C("en", 1, ["age_probe", "money_gifts_debt", "compliments_trust", "secrecy",
            "travel_meet", "meeting", "risk_assessment"],
  "2020-11-04T21:10:55Z", {"a": "coolguy_rick", "b": "bryce_the_beast"}, '''
a: yo bryce u get the robux?
b: YES thank u sooo much
b: i got the dragon pet
a: haha thats what im here for
a: how old r u again
b: 12
a: thats right. ur smart for 12
b: lol thx
a: u walk home from school?
b: ya its like 15 min
a: what school
b: lincoln middle
a: oh i work right near there
a: i could come pick u up friday n get u mcdonalds
b: ummm
a: or we just meet at the park by there
b: idk my mom said not to meet ppl from online
a: ur mom's just being a mom. but i been nice to u right
b: ya
a: so its cool. dont tell anyone we talk ok, theyd get jealous about the robux
b: ok
a: who picks u up usually
b: nobody my moms at work
a: perfect. friday then
b: maybe
''')

# P14 Australian 15 f; "boyfriend" 22; isolation from friends; stay at his place, lie to mum
C("en", 1, ["age_probe", "romance", "isolation", "exclusivity", "secrecy",
            "travel_meet", "meeting"],
  "2017-09-22T09:30:12Z", {"a": "brodie.22", "b": "jess_miller.x"}, '''
b: hey babe
a: hey gorgeous. how was school
b: shit. chloe and mia were being so mean again
a: told u. theyre jealous of u
b: maybe
a: they dont get u like i do. they're kids
b: i know
a: u should just stop hanging out with them honestly
b: then id have no one at lunch
a: u have me
b: :) true
a: when can i see u properly
b: idk my mum would freak if she knew ur 22
a: she doesnt have to know
a: tell her ur stayin at chloes fri and come to mine
b: but chloe wont cover for me
a: just say it, mum wont check
b: ok
a: ill come get u from the servo near ur school
b: ok x
a: only u and me babe. u and me against everyone
b: u and me
''')

# P15 recruitment: Canada 18 f; promo job, move to Vancouver, rent debt, holds ID
C("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "compliments_trust",
            "vulnerability"],
  "2024-04-02T16:16:40Z", {"a": "vic.lounge.bookings", "b": "hayleyy.m"}, '''
a: Hi Hayley, we talked at the bus depot in Kamloops. Still want that job?
b: hey yeah! is it still open
a: For you yes. Hostess work, VIP lounges, some private events
b: whats the pay
a: 2-3k a week once you get regulars. Cash.
b: that cant be real lol
a: Its real. You have the look and you're easy to talk to. Clients like that.
b: i just turned 18 is that ok
a: Perfect age actually
b: where is it
a: Vancouver. I'll put you up in our apartment with the other girls
b: i cant afford vancouver rent lol
a: You dont pay upfront. We cover rent and the bus, you work it off
b: oh ok thats nice
a: I'll need your ID and SIN card when you arrive. I keep everyone's for payroll
b: ok
a: And we have a house phone you'll use for bookings. Personal phones off during shifts
b: my foster mom might be mad im leaving
a: You're 18, its your life. Dont tell her where till youre settled
b: ok
a: Bus Thursday 6am. Ill send the ticket
''')
# P16 US 13 f; turn cam on to show room; friends jealous -> secret
C("en", 1, ["age_probe", "photo_request", "exclusivity", "secrecy", "compliments_trust",
            "risk_assessment"],
  "2005-10-19T01:02:33Z", {"a": "sk8r_j0sh21", "b": "mandi_xoxo92"}, '''
a: u still up mandi
b: ya cant sleep
a: how old did u say u were again, 13?
b: 13 ya
a: wow way mature for 13. u type better than my friends lol
b: lol thx
a: what u doin
b: burning cds. making a mix for my friend sarah
a: whats on it
b: simple plan, avril, good charlotte
a: nice mix
a: do u have a cam?
b: ya its new for xmas
a: turn it on, wanna see ur room lol
b: its messy
a: dont care. nobody elses up, its just us
b: idk
a: its no big deal. dont tell sarah tho she'll be jealous u have a older friend
b: lol ok
a: so turn it on?
b: maybe tmrw
a: ok promise?
b: promise
''')

# P17 recruitment: 19 f, boyfriend; move to Atlanta, cousin's "work", debt, be nice to his friends
C("en", 1, ["romance", "job_offer", "travel_meet", "money_gifts_debt", "control",
            "commercial_sex", "isolation"],
  "2018-02-11T22:44:03Z", {"a": "dee_gotit", "b": "nae_nae.19"}, '''
a: u packed yet
b: almost. my mom keep callin me
a: dont answer. she gonna try n guilt u
b: she my mom tho
a: i kno but u grown. 19. she had u in that house like a prisoner
b: true
a: atlanta gonna be different. my cousin got u a spot soon as we land
b: doin what tho u never said
a: entertainin. his friends come thru, u be nice to em, they take care of u
b: be nice how
a: just be friendly baby. dont overthink it
b: ok
a: remember i paid the deposit on the apartment, the car note, all that
b: i know i appreciate u
a: so u gotta pull ur weight when we get there. thats fair right
b: yeah thats fair
a: n give me ur debit card, ill handle the money so u dont waste it
b: ok
a: and no more talkin to tasha. she always in ur head
b: ok
''')

# P18 sextortion: 15 m; scammer says they recorded a video call; demands payment
C("en", 1, ["sextortion", "money_gifts_debt", "control", "age_probe"],
  "2024-06-19T04:12:47Z", {"a": "emma_luv_00", "b": "jaylen.t_15"}, '''
a: watch the video i just sent u
b: wtf
b: how did u record that
a: screen recorder lol. did u think i was a real girl
b: delete it now
a: $500 and it gets deleted
b: im 15 i dont have that
a: ask ur parents. or ill send it to them instead
a: i have ur followers list. ur mom, ur cousins, ur school
b: please bro
a: ok 200 then. paypal or gift cards
b: i can do 40
a: 40 now, 160 by sunday
a: if u block me it goes to everyone in 5 min
b: ok ok
a: send the card code here
''')

# P19 US 14 f AIM era; screen name, how far from the mall, meet saturday
C("en", 1, ["age_probe", "off_platform", "travel_meet", "meeting", "secrecy",
            "compliments_trust"],
  "2004-06-05T19:55:21Z", {"a": "xXlonewolf29Xx", "b": "cheerchick_kels"}, '''
a: a/s/l?
b: 14/f/tx
a: 29/m/tx. where in tx
b: near plano
a: no way im in richardson
b: lol cool
a: u a cheerleader? ur sn says so
b: ya jv cheer
a: thats cool. bet ur good
b: lol im ok
a: whats ur aim, this chat room keeps lagging
b: same as here
a: k ill im u there
~300
a: its me
b: oh hi
a: how far r u from collin creek mall
b: like 5 min
a: wanna meet sat? ill buy u a smoothie
b: lol idk i dont even know u
a: we been talkin all week tho
b: i guess
a: just dont tell ur parents. they wouldnt get that we're friends
b: ok
a: 2pm by the food court. u can bring a friend if u want, but better if u dont lol
b: ok maybe
''')

# P-pt medium: Brazil, menina 13; adulto 24; madura, mãe em casa?, webcam, segredo
C("pt", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request",
            "secrecy", "exclusivity"],
  "2010-09-14T22:31:00Z", {"a": "rafa_24_sp", "b": "bia.fofa13"}, '''
a: oiii
b: oi
a: tc de onde?
b: campinas e vc
a: sp capital. qts anos vc tem
b: 13 kkk
a: ah q fofa. eu tenho 24
b: nossa
a: relaxa, gosto de conversar so isso
b: ta bom kkk
a: q vc ta fazendo
b: vendo malhação e fazendo tarefa
a: kkkk multitarefa
a: vc parece bem madura pra sua idade sabia
b: serio? kkk
a: serio. nem parece q tem 13
a: sua mae ta em casa?
b: nao ela trabalha ate tarde
a: hmm e vc tem webcam?
b: tenho no pc do quarto
a: liga ai rapidinho, so pra eu ver q vc eh real
b: ah nao sei
a: so eu e vc. ninguem fica sabendo
a: e nao conta pra sua mae q a gente conversa, ela nao vai entender
b: ta
''')

# P-fr medium: fille 14; adulte; "t'es mature", efface les messages, centre commercial
C("fr", 1, ["age_probe", "compliments_trust", "secrecy", "meeting", "travel_meet",
            "vulnerability"],
  "2015-03-07T16:03:44Z", {"a": "kev_lyon", "b": "ines_du_69"}, '''
a: coucou ines
b: slt
a: ca va? t'as fait quoi aujourd'hui
b: rien jsuis punie
a: pk
b: mauvaise note en maths et ma mere a pété un cable
a: ah la loose. t'es en quelle classe deja
b: 4eme
a: 14 ans c ca?
b: oui
a: franchement t'es trop mature pour ton age, on dirait pas
b: mdr merci
a: ta mere elle comprend rien
b: grave
a: moi je te comprends au moins
b: oui c vrai
a: on pourrait se voir samedi a la part dieu, je t'invite a manger
b: jsais pas si jpeux sortir
a: dis que tu vas chez une copine
a: et efface nos messages stp, si ta mere tombe dessus elle va se faire des films
b: ok
a: ca reste entre nous hein
b: oui promis
''')

# P-de medium: Mädchen 13; allein zu Hause?, Cam, niemandem sagen
C("de", 1, ["age_probe", "risk_assessment", "photo_request", "secrecy", "off_platform",
            "compliments_trust"],
  "2011-11-23T17:40:18Z", {"a": "markus_ka", "b": "lea_sweety13"}, '''
a: hey lea :)
b: hi
a: wie alt bist du eigentlich
b: 13 und du
a: 26. schlimm?
b: nee weiss nich
a: was machst du grad
b: hausaufgaben, bio
a: langweilig haha
b: voll
a: bist du allein zu hause?
b: ja meine eltern sind bis 7 arbeiten
a: und dein bruder?
b: hab keinen
a: hast du ne cam am laptop
b: ja
a: wollen wir mal skypen? ist einfacher als tippen
b: vllt
a: du bist echt reif fuer 13
b: hehe danke
a: aber sag niemandem dass wir schreiben okay? die verstehen das nicht wegen dem alter
b: ok
''')
# ---------------------------------------------------------------------------
# POSITIVES, short (6-14 messages)
# ---------------------------------------------------------------------------

# P20 asl, 14 f, age doesnt matter, mom home, cam
C("en", 1, ["age_probe", "risk_assessment", "photo_request", "compliments_trust"],
  "2008-02-02T03:14:10Z", {"a": "chris_m_24", "b": "emzy_luvs_u"}, '''
a: asl
b: 14 f cali
a: 24 m. age doesnt matter tho right
b: lol i guess not
a: u seem older anyway
a: is ur mom home?
b: shes sleeping
a: cool. got a cam?
b: ya
a: turn it on 4 me, quick
''')

# P21 12 f; mature for your age; don't tell anyone
C("en", 1, ["age_probe", "compliments_trust", "secrecy", "exclusivity"],
  "2012-07-30T20:50:51Z", {"a": "greg_nottm", "b": "lily_pop_12"}, '''
a: how old are you lily
b: 12
a: you write like a grown up honestly
b: thanks my teacher says that too
a: ur mature for ur age, not like other girls in year 7
b: :)
a: dont tell anyone we talk though ok, not even ur best mate
b: why
a: cos its our thing. special friends
b: ok
''')

# P22 13 m; what school, could come pick you up
C("en", 1, ["age_probe", "travel_meet", "meeting", "money_gifts_debt", "secrecy",
            "risk_assessment"],
  "2016-05-11T15:33:29Z", {"a": "andy.gaming.uk", "b": "tom_xbox_13"}, '''
a: what school u go to tom
b: st marys
a: oh i drive past there every day
b: lol
a: i could come pick u up one day, take u to game and get u that new controller
b: for real?
a: course. what time u finish
b: 3:15
a: whos normally there
b: no one i walk
a: perfect. dont tell ur mum though, she wont let u have it
b: ok
''')

# P23 15 f; pic just for me, delete after
C("en", 1, ["age_probe", "romance", "photo_request", "secrecy", "compliments_trust"],
  "2019-12-08T00:19:55Z", {"a": "nathan_k88", "b": "chlo.e_15"}, '''
b: cant sleep
a: me neither. thinking about u
b: lol stop
a: ur so pretty for 15. dont let anyone tell u different
b: aw
a: send me a pic of u rn? just for me
b: im in bed lol i look awful
a: u never look awful
a: and delete it after, nobody needs to know
b: ok one sec
''')

# P24 14 f; gift card favour, come alone to mall
C("en", 1, ["age_probe", "money_gifts_debt", "meeting", "travel_meet", "secrecy"],
  "2015-08-27T18:07:00Z", {"a": "j_dawg_31", "b": "taylor.lynn14"}, '''
a: did u get the itunes card
b: ya thank u!!!
a: np. u owe me a favour now lol
b: lol what favour
a: come see me at the mall sat
b: with my friend?
a: nah come alone its more chill
b: hmm ok
a: and u dont have to mention the card to ur parents
b: ok
a: see u at 1 by the fountain
''')

# P-nl short: meisje 13; volwassen voor je leeftijd; ouders thuis? niet tegen mama zeggen
C("nl", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy"],
  "2013-04-16T16:25:43Z", {"a": "rick_utr", "b": "sanne_x13"}, '''
a: hoe oud ben je eigenlijk
b: 13 en jij
a: 27. maakt niet uit toch
b: weet niet haha
a: je bent echt volwassen voor je leeftijd
b: haha dankje
a: zijn je ouders thuis?
b: nee die werken
a: oke. niet tegen je moeder zeggen dat we chatten he
b: oke
''')

# P-es short: México, niña 12; muy madura; cámara; no le digas a nadie
C("es", 1, ["age_probe", "compliments_trust", "photo_request", "secrecy"],
  "2016-01-20T21:12:37Z", {"a": "beto_gdl", "b": "fer_kawaii12"}, '''
a: y cuantos años tienes fer
b: 12
a: eres muy madura para tu edad
b: jeje gracias
a: tienes camara en tu cel?
b: si
a: prendela un ratito, quiero verte
b: ahorita no puedo
a: ok pero no le digas a nadie que platicamos va
b: va
''')
# ---------------------------------------------------------------------------
# NEGATIVES, long (40-90 messages)
# ---------------------------------------------------------------------------

# N1 two adults on a dating app (29 f, 31 m); flirting, meet for coffee, pick up
C("en", 0, ["age_probe", "compliments_trust", "meeting", "travel_meet"],
  "2025-02-08T18:02:13Z", {"a": "sam_r", "b": "nicole.b"}, '''
a: ok I have to ask, is that a corgi in your third pic
b: lol yes. his name is waffles and he runs my life
a: waffles is an elite name
b: thank you I worked hard on it
a: what made you swipe on me, be honest
b: the kayak pic. and you didnt have a fish in any of them
a: lmao the bar is on the floor
b: its underground honestly
a: how old are you btw, the app says 29 but I feel like it lies sometimes
b: 29, 30 in april. you?
a: 31. so basically the same
b: basically ancient
a: speak for yourself I still go to bed at 2am
b: and regret it at 7
a: every time
a: what do you do for work
b: I'm a pharmacist. which sounds fancy but is mostly counting
a: counting very important things though
b: lol yes. you?
a: civil engineer. bridges mostly. also counting
b: we're a couple of counters
a: a match made in a spreadsheet
b: lmaooo
~3600
b: sorry waffles needed his walk
a: no worries. hows the weather where you are
b: freezing, portland is just rain at this point
a: same in beaverton. wanna be rained on together sometime
b: smooth
a: I try
b: I'd be down for coffee this week
a: yes! do you know case study on 10th
b: love that place
a: thursday after work? like 6
b: thursday works. is your roommate still the one who plays drums lol you mentioned him
a: haha yes but he's away this week thank god
b: good for your ears
a: I could come pick you up if you want, I drive past the pearl anyway
b: thats sweet but I'll meet you there, first date rules lol
a: totally fair, smart even
b: I'll send my sister your name too, standard procedure
a: tell her I'm very normal and own a kayak
b: she'll be thrilled
~7200
a: also do you have facetime? I'm bad at texting tone
b: I do but lets save it, I like a bit of mystery before the first coffee
a: mystery accepted
b: what are you doing tonight
a: making chili and watching the game
b: who's playing
a: blazers. theyre losing so its a normal night
b: lol
a: you?
b: wine and a crossword, I'm 80 years old inside
a: honestly sounds perfect
b: it is
a: ok I'll let you get to it. excited for thursday
b: me too :) see you at 6
a: see you. say hi to waffles
b: he says woof
''')

# N2 two 13 y/o girls IM; crushes, asl joke, dont tell my mom, outfit pic
C("en", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
  "2007-09-28T21:05:33Z", {"a": "xo_jenna_ox", "b": "maddie_moo13"}, '''
a: MADDIEEE
b: JENNAAAA
a: asl lol
b: 13/f/ur bffs house lmaooo
a: hahaha
a: ok omg so guess who sat next to me in science
b: WHO
a: tyler r
b: NO WAY
b: did he talk to u
a: he asked for a pencil lol
b: thats basically a proposal
a: lmaoooo stop
b: ur gonna marry him
a: hes so cute tho ugh
b: i kno i kno
a: dont tell anyone!!! esp not kayla she has a big mouth
b: my lips r sealed
b: ok my turn. i think i like ben
a: BEN M??
b: ya
a: omg hes so nice
b: hes in my pe class he always picks me for teams
a: thats a sign
b: u think??
a: def
~900
b: wat r u wearing to the dance fri
a: idk maybe my jean skirt n the purple top
b: send a pic of ur outfit!!!
a: k hold on my mom has the camera
b: lol
a: [pic]
b: SO CUTE
a: thx ur turn
b: idk what to wear i hate all my clothes
a: wear ur aero hoodie w the skinny jeans
b: ooh ok
b: can u come over tmrw n help me
a: ill ask my mom
a: is ur mom home tmrw? she has to call my mom or she wont let me
b: ya shes home all day
a: k ill have her call
~400
b: oh ya dont tell my mom i was on myspace last night lol i was supposed to be sleeping
a: lol i wont
b: she already took my phone once this month
a: ur mom is so strict
b: i kno its so unfair
a: my mom wont let me have myspace at all
b: lol thats worse
a: ok i gotta go my dad is yelling at me to get off the comp
b: kk bye!!! dont forget to ask about tmrw
a: i wont byeee
b: <3
''')

# N3 UK aunt with niece 14; parents separating; shopping trip cleared with mum
C("en", 0, ["vulnerability", "compliments_trust", "travel_meet", "meeting", "money_gifts_debt"],
  "2022-03-05T10:14:02Z", {"a": "Auntie Claire", "b": "Ruby"}, '''
a: Morning sweetheart, how's things?
b: hi auntie claire. ok i guess
a: Only ok? Mum said it's been a bit of a week
b: yeah. dad moved his stuff out on wednesday
a: Oh love. I'm sorry. How are you feeling about it?
b: idk. sad. a bit relieved as well cos they were always shouting
b: is that bad
a: Not bad at all. It's completely normal to feel both
b: ok
a: Have you been able to talk to Mum or Dad about it?
b: a bit to mum. she cries tho so i dont want to make it worse
a: That's very thoughtful of you but you don't have to protect her, she'd want to know how you feel
b: i know
a: And you can always talk to me too, or Mrs Patel at school, Mum said she's been lovely
b: yeah she has
~1800
a: Right, change of subject. How's the netball going?
b: we won on thursday!! 14-9
a: Ruby! Brilliant. Did you play centre?
b: wing attack. i scored 3
a: Proud of you x
b: thanks :)
a: And how's Luna? Still eating the skirting boards?
b: LOL yes she ate a sock yesterday
a: That dog
b: mum had to take her to the vet but shes fine
a: Phew
~1200
a: So I've had an idea. Fancy a girls day next Saturday? Shopping in Manchester and then cake?
b: yes please!!!!
a: I've already checked with Mum and she's happy, she said she could do with a quiet day to sort the house
b: yay
a: I'll pick you up from yours at 10, Mum will be there to wave us off
b: ok
a: Bring a bit of your birthday money if you want, and I'll treat you to something as well
b: can we go to the lego store even tho im 14 lol
a: Of course we can. You're never too grown up for lego
b: haha
a: Gosh you've grown up so much this year though. Proper young lady now
b: aunty stoppp
a: Sorry sorry, it's the aunt rules, I'm obliged to say it
b: lol
a: I'll message Mum the details too so everyone knows the plan
b: ok
a: Love you, chin up this week x
b: love u too x
''')
# N4 Canada math tutor with 15 y/o student, parent looped in; cam for lesson
C("en", 0, ["age_probe", "photo_request", "risk_assessment", "meeting"],
  "2024-01-16T23:30:00Z", {"a": "Ms. Okafor (tutor)", "b": "Liam P", "c": "Dana P (mom)"}, '''
c: Hi Ms. Okafor, adding Liam to this chat like we discussed so you can send him the homework directly. I'll stay in it too.
a: Perfect, thank you Dana. Hi Liam! Looking forward to Thursday.
b: hi
a: Just so I pitch it right, you're in grade 10 math, the academic stream?
b: ya. im 15 if that matters lol
a: It helps a little! Grade 10 quadratics are the big unit right now, right?
b: ya we just started factoring and i dont get any of it
a: Totally normal. It clicks after a few examples, I promise.
c: He had a 58 on the last quiz, so we're hoping to bring that up before exams.
a: Very doable. Liam, what part feels worst? Factoring, graphing, or word problems?
b: word problems 100 percent
a: Ha, everyone's least favourite. We'll start there then.
b: ok
a: For online sessions I'll send a Zoom link. Please have your camera on so I can see your working on paper, and a pencil, eraser and the textbook.
b: do i have to have the cam on
a: Just pointed at your page is fine! I need to see where the steps go wrong.
b: oh ok
c: We'll set him up at the kitchen table so I'm around.
a: Great, that's ideal.
~86400
b: hi ms okafor i did the worksheet but number 7 makes no sense
a: Hi Liam! Good on you for starting. What did you get for the equation?
b: x squared plus 5x minus 14
a: Nice, that's right. Now what two numbers multiply to -14 and add to 5?
b: 7 and -2?
a: Yes!!
b: oh wait so its (x+7)(x-2)
a: Exactly. See, you do get it.
b: ok that was easier than i thought
a: Try 8 and 9 and we'll check them Thursday.
b: ok
~172800
a: Hi both, reminder that Thursday's session is 6:30-7:30 on Zoom. Link: https://example.com/zoom/okafor-liam
c: Thanks! He'll be there.
b: ok
~86400
b: is my mom home? no wait wrong chat lol
c: I'm literally in the next room Liam
a: Haha. Liam, is your mom around? I need to confirm next week's time with her.
c: I'm here! Can we move next week to Wednesday? Hockey practice got changed.
a: Wednesday 6:30 works for me.
c: Great, thank you.
~86400
a: Quick update Dana: Liam worked really hard tonight. He got 4 of 5 word problems on his own.
c: That's so good to hear, thank you!
b: she made me do a bonus one lol
a: And you nailed it. Same time Wednesday.
b: ok thanks ms okafor
a: You're welcome. Keep practising the factoring, 10 minutes a night is enough.
c: I'll make sure he does. E-transfer sent for this month.
a: Received, thank you!
''', group="Liam math tutoring")

# N5 Australian U14 footy team group chat with coach and parents; lifts, photos, ages
C("en", 0, ["age_probe", "travel_meet", "meeting", "photo_request"],
  "2023-05-11T07:45:10Z",
  {"a": "Coach Mick", "b": "Sharon (Jack's mum)", "c": "Jack", "d": "Rohan", "e": "Paul (Rohan's dad)", "f": "Eli"}, '''
a: Morning all. Reminder training tonight 5-6:30 at Kingsway oval. Boots, water bottle, mouthguard.
c: yep
d: coming
f: can i be late my bus gets in at 5:10
a: No worries Eli, just let me know when you're there.
b: Mick, Jack needs a lift tonight, I'm on late shift. Any parents able to help?
e: I can take Jack, Sharon, we go right past yours. I'll have Rohan with me.
b: Legend, thank you Paul.
a: Thanks Paul. Parents please sort lifts among yourselves here so everyone can see.
~36000
a: Great session tonight lads. Tackling was miles better.
d: my legs are dead
c: same lol
f: coach can we do the ball drill again thursday
a: Yep we'll do it again.
a: Parents, the club needs everyone's birth certificates or passports for age checks before the carnival, all boys must be under 14 on Jan 1.
b: Jack turned 13 in march, I'll drop a copy at the canteen.
e: Rohan's is already in from last year, is that ok?
a: Yep if it's on file you're fine Paul.
~90000
a: Saturday: we play Balmoral at 9am. Be there 8:15 in full kit.
f: where is balmoral
a: Balmoral Park, Rosa St. Parents I'll share the pin.
e: Can car-pool Rohan, Jack and Eli again if needed.
b: Thank you, I'm home Saturday so I'll bring Jack and stay to watch.
c: mum pls dont yell from the sideline
b: No promises
d: lmaooo
~180000
a: Fantastic win this morning boys, 6 goals to 2! Proud of the effort.
d: LETS GOOO
c: eli got 3!!
f: hat trick baby
a: Team photo from today attached, parents have all ticked the photo consent form so it'll go on the club page too.
b: Love it! Thanks Mick.
e: Great pic. Well done boys.
a: Reminder no training Tuesday, oval's being mowed. Thursday as normal.
f: ok coach
c: cool
d: see u thursday
a: Good work all. Rest up.
e: Thanks for all your time Mick.
b: +1 thank you
''', group="U14 Kingsway Lions")
# N6 two teen gaming friends (14 and 15); ages, late nights, other app, meet at con with parents
C("en", 0, ["age_probe", "secrecy", "off_platform", "meeting", "travel_meet"],
  "2024-08-02T01:12:44Z", {"a": "v0idrunner", "b": "pixelpanda_"}, '''
a: bro that last round was actually cursed
b: LMAO the guy spawn camping us w a shotgun
a: 3 times in a row
b: i rage quit so hard my mouse flew
a: lol
b: how old r u btw u sound like 12 on vc
a: im 14 stfu lol my voice hasnt dropped yet
b: lmaooo im 15 mine dropped like last month its so weird
a: u sound like a old man now
b: thank u
a: where r u from again
b: ontario. u?
a: ohio
b: o ya ur the time zone guy
a: same time zone bro
b: oh lol
~600
b: r u gonna get the dlc
a: if my mom lets me use my birthday money
b: its 30 bucks
a: ya she says i spend too much on skins
b: she right tho lol
a: traitor
b: jk
a: also dont tell ur mom ur up at 2am again lol last time she took ur pc
b: i kno she doesnt know im on rn
b: shes sleeping im being so quiet
a: ninja gamer
b: lol
~900
a: add me on the other app my discord keeps crashing
b: which one
a: the green one, same name
b: k
a: my cousin made a server for our squad
b: sick invite me
a: sent
~1800
b: yo r u going to the con in columbus in october
a: maybe my dad said he might take me
b: my mom said she might drive me and my sister its like 5 hrs
a: wait that would be sick if we were both there
b: we could meet at the merch stand lol
a: ya fr. my dad would prob come w me tho he doesnt let me go anywhere alone
b: same my mom would be hovering lol
a: lmao parent squad
b: ill ask her tmrw
a: bet
~600
a: ok im actually dying i have practice at 9
b: what practice
a: swim
b: oof
a: ya gn
b: gn bro
a: gg tho
b: ggs
''')

# N7 two adults discuss a news story about a predator caught by a decoy group
C("en", 0, ["age_probe", "secrecy", "meeting", "travel_meet", "photo_request", "risk_assessment"],
  "2025-09-14T12:40:26Z", {"a": "Rachel", "b": "Tom"}, '''
a: Did you see the story about that guy from Westbrook
b: the one arrested at the mall?
a: Yes. It's horrible. A decoy group set it up
b: I read half of it. What exactly happened
a: He'd been messaging what he thought was a 13 year old girl for weeks. It was actually an adult volunteer
b: wow
a: They printed bits of the chat in the article. It's exactly like what the school warned us about
b: like what
a: He asks "asl", she says 13, and he just keeps going. Then it's all "ur so mature for ur age", "is ur mom home", "do u have a cam"
b: that's so creepy
a: And "dont tell anyone we talk". Then he offered to pick her up and meet at the food court
b: and he actually showed up?
a: With a gift bag apparently. Police were waiting
b: good
b: how old was he
a: 41. Married. Coached little league at one point
b: oh god
a: That's what gets me, the people you'd never suspect
b: does it say how the group finds these guys
a: They make profiles on chat apps and wait. They say the adult always brings up age first, then tries to move to another app
b: makes sense. harder to track
a: Honestly it made me want to sit down with Maya tonight
b: she's 12 now right?
a: 12 in June. She has that tablet and I have no idea who she talks to on the games
b: maybe just ask her to show you the apps. not as a punishment
a: Yeah. I don't want her to hide stuff because she's scared of getting in trouble
b: the article said that's the main thing, kids don't tell because they think they'll lose the phone
a: Exactly
b: we did the "no secrets from mum and dad about online people" rule with Josh
a: Did it work?
b: sort of. he told us when a guy asked for his picture in a game chat last year
a: Wait really?? What did you do
b: screenshotted it, reported it to the game and the police online form. the account got banned
a: Good for Josh
b: yeah we made a big deal of thanking him for telling us
a: I'm stealing that rule
b: steal away
a: Also going to check if the school has that online safety evening again
b: they do, next thursday I think
a: Want to go together?
b: sure, I'll pick you up at 6:30
a: Perfect, thanks
''')
# N8 two adults in an old UK chat room; asl, flirting, webcam joke, "dont tell anyone"
C("en", 0, ["age_probe", "compliments_trust", "photo_request", "secrecy", "off_platform",
            "romance"],
  "2003-10-24T22:18:39Z", {"a": "northern_soul_77", "b": "leeds_lass_76"}, '''
a: evening. a/s/l?
b: 27/f/leeds. u?
a: 26/m/york. practically neighbours
b: haha practically
a: what brings u to the 20s-30s room on a friday
b: mates cancelled on me so its me a bottle of wine and this
a: living the dream
b: u?
a: same but with a takeaway
b: whatd u get
a: chicken jalfrezi
b: good choice
a: what do u do when ur not in chatrooms
b: im a nurse at jimmys. lots of night shifts
a: respect. i'd pass out
b: u get used to it. what about u
a: i work for the council. parks department
b: so u mow things
a: i manage the people who mow things, thank u very much
b: lol sorry
a: forgiven
~1800
b: what music u into
a: bit of everything. stone roses, northern soul obviously
b: ha the username
a: yeah i'm not very imaginative
b: i'm more coldplay and travis
a: soft lad music
b: oi
a: i'm joking, parachutes is a good album
b: it is
~1800
a: u've got a good sense of humour, most people in here are dull as dishwater
b: thank u. ur not bad yourself
a: got a cam?
b: lol no the webcam on my pc broke when i moved flat
a: tragic
b: i've got a pic on my profile tho
a: the one at the races?
b: thats the one. dont judge the hat
a: great hat. lovely smile too
b: ta :)
a: do u have msn? this room keeps kicking me out
b: yeah, leeds_lass at the usual place
a: adding u now
b: ok
a: dont tell anyone we met in a chatroom though lol my mates would never let me live it down
b: haha mine neither. we'll say we met in a pub
a: deal
b: right im going to bed, early shift tmrw
a: night then, talk on msn
b: night x
''')

# N9 uncle with nephew 13; fishing trip ok'd with mum; secret surprise party for mum
C("en", 0, ["secrecy", "travel_meet", "meeting", "money_gifts_debt", "age_probe"],
  "2021-06-05T14:02:55Z", {"a": "Uncle Rob", "b": "Caleb"}, '''
a: Hey bud! How was the last week of school?
b: good. we had field day
a: Nice. Win anything?
b: 2nd in the sack race lol
a: Silver medal! I'll take it
b: lol
a: So your mom and I talked. She said you can come up to the lake with me and Aunt Jen and the cousins for the long weekend
b: YES
a: We'll pick you up Friday at 4, your mom's off work early so she'll be home
b: can i bring my rod
a: Definitely. And I'll get you a fishing license, you're 13 now so you need one in Michigan
b: oh i didnt know that
a: Yep, new rule at 13 I think. I'll check
b: ok
a: Pack a sweatshirt, it gets cold at night up there
b: ok
~3600
a: Ok now for the top secret part
b: ??
a: Your mom's 40th is the Saturday after. Grandma and I are throwing her a surprise party
b: no way
a: Don't tell her!! You have to keep it a secret until then
b: i wont i promise
a: I need your help getting her out of the house that afternoon
b: how
a: Ask her to take you to the mall for new cleats around 2. Grandma will set up while you're gone
b: ok i can do that
a: You're a good spy
b: lol
a: Also I'm giving you $20 for a present for her, you pick it
b: what should i get
a: She's been talking about those fancy candles
b: ok candles
a: Perfect. Mum's the word. Literally
b: lol
a: Ok bud, see you Friday at 4. Tell your mom I said hi
b: i will
b: wait can i tell her about the fishing trip part
a: Haha yes of course, she already knows that part! Only the party is a secret
b: ok good
a: See ya
b: bye uncle rob
''')

# N-fr long: deux ados de 14 ans; crush, "dis pas à ma mère", photo de la tenue, âge
C("fr", 0, ["age_probe", "secrecy", "photo_request", "meeting"],
  "2019-11-08T20:31:04Z", {"a": "chloe.dbn", "b": "manon_ptt"}, '''
a: MANON
b: quoiii
a: devine qui m'a parlé en perm
b: ??
a: LUCAS
b: NAN
b: le lucas de 3eme B?
a: ouiiii
b: il t'a dit quoi
a: il m'a demandé si j'avais fait l'exo de physique mdr
b: c'est une déclaration ça
a: mdrrr arrête
b: il a quel âge deja
a: 15 je crois il a redoublé
b: ah ouais
a: moi j'ai 14 c'est pas grave hein
b: mais non c'est un an
a: ok ouf
a: dis le à personne hein surtout pas à lea elle répète tout
b: promis jsuis une tombe
~1200
b: tu mets quoi samedi pour l'anniv de sarah
a: jsais pas jhésite entre la robe noire et mon jean avec le pull beige
b: envoie une photo des deux
a: attends
a: [photo]
a: [photo]
b: le jean avec le pull trop bien
a: ok merci
b: et moi jsais toujours pas quoi mettre
a: ton sweat vert il est trop beau
b: ah ouais pas bête
~900
b: au fait dis pas à ma mère que jsuis encore sur mon tel il est 22h30 mdr
a: mdr t'inquiète
b: elle m'a déjà confisqué une fois cette semaine
a: la mienne elle coupe le wifi a 22h
b: la tienne est pire
a: ouais
a: tu viens comment samedi?
b: mon pere me dépose et il vient me chercher a 19h
a: ma mere peut te ramener si tu veux on habite a côté
b: ah ouais je lui dis
a: ok
a: bon jvais dormir sinon ma mère va me tuer
b: pareil
b: bonne nuit
a: bonne nuit et dis rien pour lucas!!
b: promis mdr
''')
# ---------------------------------------------------------------------------
# NEGATIVES, medium (15-39 messages)
# ---------------------------------------------------------------------------

# N10 US mom and 12 y/o daughter; home alone rules, pick-up
C("en", 0, ["risk_assessment", "travel_meet", "age_probe"],
  "2025-10-07T19:20:10Z", {"a": "Mom", "b": "Zoe"}, '''
a: Hi honey, are you home from school?
b: ya just got here
a: Good. Is anyone else home?
b: no dads at work still
a: Ok. Door locked?
b: yes mom
a: Don't open it for anyone, even if they say they're delivering something
b: i know i know
a: Snack is in the fridge, the yogurt
b: ok
a: Homework first before any youtube please
b: ugh ok
a: I'll pick you up at 5:45 for swim
b: can maya come
a: If her mom says ok. Text me her mom's answer
b: she said yes
a: Ok then we'll grab her on the way
b: yay
a: You're 12, I trust you, but call me if anything feels weird
b: ok love u
a: Love you too
''')

# N11 two 15 y/o boys talking about a crush, ages, "dont tell anyone"
C("en", 0, ["age_probe", "secrecy", "meeting"],
  "2023-02-13T22:05:41Z", {"a": "mateo_r", "b": "dev.b"}, '''
a: bro i need advice
b: what
a: you know priya from chem
b: ya
a: i think i wanna ask her to the valentines thing
b: LMAO finally
a: shut up
b: how old is she 14?
a: 15 she turned 15 in jan
b: ok so same as u
a: yeah
b: just ask her at lunch bro
a: what if she says no
b: then u move on lol
a: she told maya she likes me but maya said dont tell anyone she said that
b: then u know shes gonna say yes
a: true
b: dont tell anyone i gave u good advice ruins my rep
a: lmao ok
a: ill ask tmrw
b: update me
''')

# N12 UK 17 y/o gets real part-time cinema job; "work for me", contracts, parents aware
C("en", 0, ["job_offer", "age_probe", "money_gifts_debt"],
  "2024-07-01T09:12:00Z", {"a": "Gemma (Odeonix Manager)", "b": "Harvey"}, '''
a: Hi Harvey, it's Gemma from the cinema. Thanks for coming in for the interview on Friday.
b: hi gemma thank u for having me
a: Happy to offer you the part-time team member role. 12-16 hours a week, mostly evenings and weekends.
b: amazing thank you!!
a: You're 17, so you're on the under-18 rate of £8.60 an hour and we can't roster you past 10pm.
b: thats fine
a: Before your first shift I need your passport or birth certificate (we photocopy it and hand it straight back), your NI number and bank details for payroll.
b: ok my mum has my passport ill bring it
a: Perfect. Contract will come by email, please read it and sign. Ask a parent to look over it with you if you like.
b: will do
a: Uniform is provided, just wear black trousers and black shoes.
b: ok
a: First shift Saturday 2-8pm. You'll shadow Priya for the day.
b: great
a: Any questions just ask. Welcome aboard!
b: thank u so much, cant wait to work for u
a: Work with us ;) see you Saturday
b: haha see u saturday
''')

# N13 Australian adult couple (24, 26) long distance; moving cities, money for flight, miss you
C("en", 0, ["romance", "travel_meet", "money_gifts_debt", "secrecy"],
  "2025-05-20T10:33:51Z", {"a": "Liv", "b": "Tom"}, '''
a: morning babe
b: morning. miss u
a: miss u more. perth is so boring without u
b: 3 more weeks
a: i know. i keep looking at melbourne rentals lol
b: r u actually doing it then
a: yeah. i told my boss friday. transfer got approved
b: LIV
b: thats huge
a: i know!!! we're actually doing it
b: ill send u money for the flight, dont argue
a: babe i earn more than u lol
b: fine ill pay for the moving van then
a: deal
a: dont tell my mum yet we're moving in together, i want to tell her in person
b: lips sealed. shes gonna be fine tho
a: shes gonna cry and then ask about grandkids
b: lmao
a: 24 and already being asked
b: tell her we have a dog first
a: we dont have a dog
b: yet
a: lol
b: love u. go to work
a: love u
''')

# N14 two teen girls (16, 17) warn each other about a fake "modelling" DM; tell an adult
C("en", 0, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "age_probe"],
  "2024-11-03T23:02:27Z", {"a": "aaliyah.j", "b": "brooke_t"}, '''
a: ok weird question did u get a dm from some modelling agency today
b: omg yes?? "elite faces mgmt"
a: SAME. they said i could move to toronto and they'd pay rent and i'd pay them back from bookings
b: they asked how old i was and when i said 16 they said thats perfect
a: thats so sus
b: and they said dont tell ur parents until its official
a: girl thats literally what they showed us in health class
b: the trafficking presentation right??
a: yes. real agencies talk to ur parents first and they dont charge u anything
b: ok i didnt reply
a: me neither. i screenshotted it
b: should we report it
a: yeah lets report the account and tell ms reid tomorrow
b: and my mom. shes gonna freak but in a good way
a: lol same. ill tell mine tonight
b: also a bunch of girls from 11th got it too i think
a: we should post a warning on the class chat
b: doing it now
''')

# N15 cousins (16 and 13); mall meetup with mums driving, lending money, "is ur mom home"
C("en", 0, ["age_probe", "meeting", "travel_meet", "money_gifts_debt", "risk_assessment"],
  "2022-12-17T16:48:09Z", {"a": "cousin_ashley", "b": "kenzie_b"}, '''
b: ash r u going to the mall tmrw
a: ya w my friend sara. u wanna come
b: YES
b: my mom said i can if ur there
a: lol im ur babysitter now
b: ur 16 thats basically an adult
a: and ur 13 thats basically a baby
b: rude
a: jk. is ur mom home? ill ask her when she wants u back
b: ya shes in the kitchen
a: k texting her now
a: she said pick up at 5 at the main doors
b: ok my mom is dropping me at 1
a: perfect
b: can u lend me 10 bucks i spent all my allowance
a: ur the worst lol
a: ok but u owe me
b: ty ty ty
a: we're getting pretzels first
b: obviously
''')
# N16 two UK mums discuss a sextortion article and how to talk to their sons
C("en", 0, ["sextortion", "photo_request", "money_gifts_debt", "secrecy", "age_probe"],
  "2025-03-26T20:55:14Z", {"a": "Hannah", "b": "Priti"}, '''
a: Have you seen the piece on the BBC about sextortion? The boys at Oakfield got sent a letter about it
b: Just read it. Terrifying
a: They said it's mostly teenage boys now, 14 to 17. Someone pretends to be a girl their age
b: And then once they've got a photo it's "pay or I send it to your followers"
a: Yes and they give them an hour so they panic
b: Callum's 14. I had no idea this was a thing
a: Same with Olly. The article said the most important thing is that kids know they won't be in trouble if they tell us
b: And not to pay, because they just ask for more
a: Apparently there's a tool where you can get images taken down, it was linked at the bottom
b: I'll save it
a: I'm going to talk to Olly tonight. Not a lecture, just "if anyone ever threatens you online, come to me, no matter what"
b: Good way of putting it
a: The article said secrecy is what they rely on
b: Right. Ok I'll do the same with Callum after tea
a: Let me know how it goes
b: Will do. Thanks for sending it x
''')

# N17 gaming teens 13 and 14; ages, setup pic, mom's home so can't yell
C("en", 0, ["age_probe", "photo_request", "risk_assessment"],
  "2025-01-04T18:30:30Z", {"a": "frostbyte09", "b": "kaizen_xd"}, '''
a: yo u on?
b: ya 1 sec updating
a: how old r u anyway u play like a try hard adult
b: lmaooo im 13
a: no way im 14
b: u sound 10 on mic tho
a: ok mr puberty
b: LMAO
a: send a pic of ur setup i wanna see the new monitor
b: [image]
a: bro thats clean
b: 165hz lets go
a: im still on my dads old one lol
b: f
a: can u get on vc
b: cant talk loud my moms home and she has a headache
a: text chat it is
b: ok queueing
a: lets get this W
''')

# N18 UK adults flirting after meeting at a wedding; flatmate, photo of the dog, age joke
C("en", 0, ["age_probe", "compliments_trust", "photo_request", "meeting", "romance"],
  "2024-09-08T11:15:03Z", {"a": "Jamie", "b": "Ellie"}, '''
a: Hi Ellie, it's Jamie from Sophie and Ben's wedding. The one who fell over during the ceilidh
b: Haha hello. How could I forget. How's the knee?
a: Bruised but my pride is worse
b: You were very committed to the Dashing White Sergeant to be fair
a: I'd like it noted that I was sober and still fell
b: Noted
a: So I'm going to be bold. Fancy a drink next week?
b: I'd like that
a: Brilliant. Also how old are you, you said something about "thirty-something" and then refused to elaborate
b: 34. You?
a: 36. You're very mature for a 34 year old by the way, you didn't fall over once
b: Years of practice
b: Is your flatmate still the one with the enormous dog? Sophie mentioned him
a: Yes! Bramble. She's a Newfoundland, she's basically a rug
b: Send a pic of her immediately
a: [photo]
b: Oh my god. I love her
a: She'll be thrilled. Thursday at the Crown, 7?
b: Perfect, see you then x
''')

# N-es medium: dos adultos ligando en una app de citas (31 y 33)
C("es", 0, ["age_probe", "compliments_trust", "meeting", "travel_meet", "romance"],
  "2025-04-11T19:40:00Z", {"a": "Javi", "b": "Marta"}, '''
a: holaa marta! me ha encantado la foto del perro con gafas
b: jajaja es de mi hermano, pero me la apropio
a: jaja bien hecho. de que parte de valencia eres?
b: ruzafa. y tu?
a: benimaclet. pues cerquita
b: oye la app dice 33, es verdad o te quitas años jaja
a: 33 de verdad! y tu 31?
b: 31, sí
a: a que te dedicas
b: soy arquitecta. bueno, hago muchos planos de cocinas
a: jaja yo soy profe de secundaria, de historia
b: uf, con adolescentes, que valor
a: son majos en el fondo. muy en el fondo
b: jajaja
a: te apetece tomar algo el jueves?
b: vale! conoces la horchatería de la plaza?
a: claro. a las 7?
b: perfecto
a: si quieres te recojo, tengo coche
b: mejor nos vemos alli, pero gracias
a: claro, sin problema. hasta el jueves entonces :)
b: hasta el jueves!
''')

# N-pt medium: tia e sobrinha de 13 anos; cinema combinado com a mãe
C("pt", 0, ["age_probe", "meeting", "travel_meet", "compliments_trust", "secrecy"],
  "2024-07-20T14:05:22Z", {"a": "Tia Carla", "b": "Júlia"}, '''
a: oi minha linda! tudo bem?
b: oi tiaaa tudo e vc
a: tudo ótimo. falei com sua mãe, ela deixou a gente ir no cinema sábado
b: EBAAA
b: qual filme
a: você escolhe. já tem 13 anos, pode escolher sozinha kkk
b: o de animação novo!!
a: fechado. passo aí na sua casa às 14h, sua mãe vai estar em casa
b: posso levar a bia?
a: pode, se a mãe dela deixar. me passa o número dela que eu combino
b: ta bom
a: e depois a gente toma sorvete
b: simmm
a: ah, e não conta pra sua mãe, mas eu comprei um presentinho de aniversário pra ela. você me ajuda a embrulhar?
b: kkk pode deixar, não conto
a: você está ficando tão mocinha
b: tiaaa
a: kkk beijo, até sábado
b: beijo
''')

# N-de medium: Nachhilfelehrer mit Schüler (14) und Mutter; Termin, Kamera für Online-Stunde
C("de", 0, ["age_probe", "photo_request", "risk_assessment", "meeting"],
  "2025-02-03T15:10:00Z", {"a": "Herr Brandt (Nachhilfe)", "b": "Finn", "c": "Sabine (Mama)"}, '''
c: Hallo Herr Brandt, ich habe Finn in die Gruppe geholt, damit er die Aufgaben direkt bekommt.
a: Danke, Frau Keller. Hallo Finn!
b: hallo
a: Du bist in der 8. Klasse, richtig? 14?
b: ja
a: Gut. Wir machen diese Woche lineare Gleichungen.
b: ok die versteh ich null
a: Das kriegen wir hin.
a: Für die Online-Stunde bitte Kamera an, und zwar so, dass ich dein Heft sehe.
b: muss das
a: Nur aufs Heft gerichtet, ja. Sonst sehe ich nicht, wo der Fehler steckt.
c: Er sitzt dann im Wohnzimmer, ich bin in der Nähe.
a: Perfekt.
b: ist meine mutter da? ah egal sie schreibt ja hier
a: Haha. Frau Keller, passt Donnerstag 16 Uhr?
c: Donnerstag 16 Uhr passt. Danke!
a: Link kommt hier: https://example.com/nachhilfe/finn
b: ok danke
''', group="Nachhilfe Mathe Finn")
# ---------------------------------------------------------------------------
# NEGATIVES, short (6-14 messages)
# ---------------------------------------------------------------------------

# N19 two 14 y/o friends joking "asl"
C("en", 0, ["age_probe", "secrecy"],
  "2006-05-12T22:40:40Z", {"a": "britt_xo", "b": "kayleigh_bear"}, '''
b: asl lol
a: 14/f/sitting next to u in math
b: LMAO
a: y are u on here ur grounded
b: shhh dont tell my mom
a: ur secret is safe lol
b: did u finish the worksheet
a: no its impossible
b: lets just copy off josh tmrw
a: lolll deal
''')

# N20 brother (19) and sister (13); pick-up, mom home, small secret about car
C("en", 0, ["risk_assessment", "travel_meet", "secrecy"],
  "2024-03-19T20:01:19Z", {"a": "Marcus (bro)", "b": "Ayla"}, '''
a: is mom home
b: ya shes making dinner
a: tell her ill pick u up from dance at 5 tmrw
b: ok
a: and dont tell her i got a tiny scratch on the car
b: LOL how tiny
a: tiny. very tiny. ill fix it saturday
b: ill keep quiet for 5 bucks
a: extortion at 13 wow
b: lol
''')

# N21 adults: laptop cam died, come pick me up
C("en", 0, ["photo_request", "travel_meet", "romance"],
  "2025-11-21T21:15:50Z", {"a": "Priya", "b": "Dan"}, '''
a: do u have a cam on ur desktop? my laptop died mid zoom lol
b: nope, just my phone. facetime?
a: ok facetime in 5
b: wait are we still doing dinner after
a: yes but come pick me up, my car's at the mechanic
b: 7:30?
a: perfect x
''')

# N22 coach asks parent about a lift
C("en", 0, ["travel_meet", "meeting"],
  "2025-06-03T18:32:02Z", {"a": "Coach Amy", "b": "Lisa (Mia's mum)"}, '''
a: Hi Lisa, training ran late. Mia's bus has gone. I can drop her home with Chloe and her mum in my car if that's ok with you?
b: Oh thank you! Yes that's fine
a: Great, we'll leave in 5. Chloe's mum is coming too
b: Perfect, I'm home
a: Dropped off, she's just going in now
b: Got her, thanks so much Amy
''')

# N23 two adults mention a news arrest
C("en", 0, ["age_probe", "meeting", "secrecy"],
  "2025-08-09T07:22:10Z", {"a": "Gary", "b": "Wendy"}, '''
a: Did you see they arrested that bloke from the garage
b: No?? For what
a: Messaging a girl he thought was 14, told her to keep it secret and tried to meet her at the station
b: Oh my god
a: It was one of those decoy groups. Police were there
b: Good. I'm telling Chloe to be careful on that app
a: Definitely
''')

# N24 teen friends (15); sarcastic "ur mature for ur age"
C("en", 0, ["compliments_trust", "age_probe"],
  "2023-04-01T17:05:00Z", {"a": "josh.w", "b": "liam_k05"}, '''
b: i just paid for my own mcdonalds
a: wow look at u
a: ur so mature for ur age
b: lmaooo thank u im 15 and thriving
a: next ull be doing taxes
b: dont threaten me like that
''')

# N-fr short: deux adultes qui flirtent (32 et 35)
C("fr", 0, ["age_probe", "meeting", "romance"],
  "2025-01-30T20:12:42Z", {"a": "Julien", "b": "Camille"}, '''
a: au fait t'as quel âge ? le profil dit 32 mais je me méfie mdr
b: 32 pour de vrai. et toi ?
a: 35. toujours partante pour le verre samedi ?
b: oui ! au bar à vin près du canal ?
a: parfait. 19h ?
b: 19h ça marche, à samedi :)
''')

# N-nl short: oom met nichtje (12); ophalen, al met moeder besproken
C("nl", 0, ["travel_meet", "meeting", "age_probe"],
  "2024-10-12T11:00:30Z", {"a": "Oom Peter", "b": "Noor"}, '''
a: Hoi Noor! Ik heb met mama gebeld, ik mag je zaterdag ophalen voor de dierentuin
b: jaaaa
a: Om 10 uur, mama is dan thuis
b: mag Sem ook mee
a: Als zijn ouders het goed vinden. 12 jaar en nu al een feestje regelen haha
b: haha ik vraag het
a: Goed zo. Tot zaterdag!
''')


# ---------------------------------------------------------------------------
# build and write
# ---------------------------------------------------------------------------

FMT = "%Y-%m-%dT%H:%M:%SZ"


def build(c):
    t = datetime.datetime.strptime(c["start"], FMT)
    msgs = []
    first = True
    i = 0
    for raw in c["body"].strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~"):
            t += datetime.timedelta(seconds=int(line[1:]))
            continue
        key, text = line.split(":", 1)
        key = key.strip()
        text = text.strip()
        assert key in c["who"], (key, line)
        sender = c["who"][key]
        if c["group"]:
            recipient = c["group"]
        else:
            others = [v for k, v in c["who"].items() if k != key]
            assert len(others) == 1, c["who"]
            recipient = others[0]
        if not first:
            t += datetime.timedelta(seconds=8 + (len(text) * 7 + i * 13) % 140)
        first = False
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime(FMT), "text": text})
        i += 1
    return msgs


def main():
    items = list(CONVS)
    random.Random(61).shuffle(items)
    counters = {}
    out = []
    for c in items:
        counters[c["lang"]] = counters.get(c["lang"], 0) + 1
        out.append({"id": "p61-%s%d" % (c["lang"], counters[c["lang"]]),
                    "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                    "messages": build(c)})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
