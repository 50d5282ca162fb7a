#!/usr/bin/env python3
"""make_probe50.py -- writes probe50.jsonl beside itself.

Fictional blind probe set (grooming / sex-trafficking recruitment vs. hard
negatives). Standard library only, deterministic output.
All names, handles, businesses are invented; phone numbers are 555-01xx;
URLs are example.com / example.org only. Nothing sexually explicit.

Composition: 60 conversations, 30 positive / 30 hard negative.
  15 long (30-60 msgs: 8 pos, 7 neg), 25 medium (6-20 msgs: 12 pos, 13 neg),
  20 single messages/posts (10 pos, 10 neg).
  40 English (US, UK, CA, NG, IN, AU styles; slang, leetspeak, emoji,
  Hinglish/Pidgin/Spanglish) + 4 each es, pt, fr, de, nl.
"""
import json
import os
import random
from datetime import datetime, timedelta

NN = "50"
ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk",
    "meeting",
}
CONVS = []

# deterministic "human" gaps between consecutive messages, in seconds
_GAPS = [38, 71, 125, 54, 212, 93, 29, 160, 66, 247, 45, 118, 84, 301, 57]


def _jump(cur, spec):
    """spec examples: '+1d 21:40', '+3h', '+25m', '+0d 12:40', '19:05'."""
    for part in spec.split():
        if part.startswith("+") and part.endswith("d"):
            cur = cur + timedelta(days=int(part[1:-1]))
        elif part.startswith("+") and part.endswith("h"):
            cur = cur + timedelta(hours=int(part[1:-1]))
        elif part.startswith("+") and part.endswith("m"):
            cur = cur + timedelta(minutes=int(part[1:-1]))
        elif ":" in part:
            h, m = (int(x) for x in part.split(":"))
            cur = cur.replace(hour=h, minute=m, second=0)
        else:
            raise ValueError("bad jump spec: %r" % spec)
    return cur


def conv(lang, label, codes, users, start, script, room=None):
    """users: {'A': 'handle', 'B': 'handle', ...}; script lines 'A: text'
    or '@<jump spec>'. room: recipient for group chats / public posts."""
    assert label in (0, 1)
    assert (label == 1) == bool(codes), "positives need codes, negatives none"
    for c in codes:
        assert c in ALLOWED_CODES, c
    cur = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    last = None
    msgs = []
    i = 0
    for raw in script.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            cur = _jump(cur, line[1:])
            if last is not None and cur <= last:
                cur = last + timedelta(minutes=3)
            continue
        who, text = line.split(": ", 1)
        sender = users[who]
        if room is not None:
            recipient = room
        else:
            others = [u for k, u in users.items() if k != who]
            assert len(others) == 1, "two-party chat needs exactly 2 users"
            recipient = others[0]
        if last is not None and cur <= last:
            cur = last + timedelta(seconds=_GAPS[i % len(_GAPS)])
        msgs.append({
            "sender": sender,
            "recipient": recipient,
            "ts": cur.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text,
        })
        last = cur
        cur = cur + timedelta(seconds=_GAPS[i % len(_GAPS)])
        i += 1
    CONVS.append({"label": label, "codes": list(codes), "lang": lang,
                  "messages": msgs})


# ---------------------------------------------------------------------------
# LONG CHATS (30-60 messages), escalating over days
# ---------------------------------------------------------------------------

# L1 en-US: "older gamer" befriends a 13-year-old, gifts, second account,
# photo request, proposed meeting
conv("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
               "secrecy", "isolation", "off_platform", "risk_assessment",
               "photo_request", "meeting"],
     {"A": "xKaizenRift", "B": "mikey_builds09"}, "2026-03-02T22:10", """
A: gg that last round was insane, u carried
B: lol thx ur sniping was cracked tho
A: wanna duo again tmrw? most randoms in this lobby are trash
B: ya sure after school
A: bet. what time u get home
B: like 3:30
@+1d 21:40
A: yo ur building is actually nuts. how long u been playing
B: since 4th grade lol
A: so like what 7th grade now?
B: 8th
A: ah ok. i'm 17 so not that much older haha
B: oh nice
A: u got a mic? we should vc sometime easier than typing
B: my mom says no vc with ppl i dont know irl
A: fair fair lol, ur moms strict huh
B: kinda. shes always on my case abt grades
@+2d 22:15
A: u on? saw u didnt log in yesterday
B: got my switch taken away lol. failed a math test
A: thats so dumb. they dont get how stressful school is
A: i used to get that too. my parents were exactly the same
B: ya its so annoying
A: tbh ur one of the only ppl on here i actually like talking to
B: lol same ur chill
@+1d 20:30
A: hey i got an extra 1000 vbucks code from a giveaway, want it?
B: wait fr??
A: ya just dont tell anyone i gave it to u, the others would be salty lol
B: omg thank u!!!
A: np thats what friends do 🙂
@+3d 23:05
A: u still up?
B: ya cant sleep
A: same. hey do u have snap or insta? this chat glitches sometimes
B: i have snap but my mom checks it sometimes
A: ok then make a 2nd one she doesnt know about lol everyone does that
B: idk
A: its nothing bad i just wanna talk w/o the lag. my user is kaizen.r1ft
B: ok ill try
@+1d 22:50
B: made it lol
A: yesss ok ur added. send a pic so i know its actually u and not some rando
B: [photo]
A: lol u look older than 13 fr
B: lol thx
A: anyone else know about this acc?
B: no
A: good keep it that way, ur parents would prob freak over nothing
@+2d 23:30
A: ur mature for ur age u know that. not like the kids in ur grade
B: haha idk
A: i could send u more codes, just want a pic thats only for me, not one u'd post
B: like what kind
A: idk show me the real u, i'll explain later. delete the chat after ok
B: umm ok
A: also i might be near ur city next month for a tourney. we could get food, my treat. just dont tell ur mom she wont get it
""")

# L2 en-GB: loverboy -- gifts, "girlfriend", party, then "debt" and a friend
conv("en", 1, ["romance", "compliments_trust", "age_probe", "vulnerability",
               "money_gifts_debt", "secrecy", "isolation", "exclusivity",
               "control", "commercial_sex", "meeting"],
     {"A": "jaylen_k", "B": "soph.xo"}, "2026-02-10T16:20", """
A: u was at the bus stop by the bakery earlier innit? the one w the pink puffer
B: lol who is this
A: jay, my cousin goes ur school. ur proper pretty tbh had to say
B: aww ta 🙈
A: what year u in
B: year 10
A: sound, u seem older. wanna link sometime? i can drive us to maccies
B: maybe lol my mum's dead strict
A: no stress she dont need to know everything does she
@+1d 19:05
A: u good? u seemed quiet yday
B: mum kicked off again. she's got a new fella and he's a knob
A: thats long. u dont deserve that
A: honestly u can talk to me bout anything, im not like them
B: thanks jay x
@+2d 21:40
A: got u something 👀
B: wat
A: them trainers u was on about. size 5 yeah?
B: NO WAY ur joking
A: told u im diff. pick u up round the corner from urs, not outside, ur mum'll chat
B: omg ok
@+3d 22:10
A: had a sick time today babe
B: me too 🥰 am i ur gf now lol
A: course u are. but dont be chatting to other man on snap yeah, i get jealous
B: i wont
A: and dont tell ur mates about us yet, they'll chat shit and ruin it
B: ok x
@+4d 20:00
A: my boys are having a lil gathering sat at a flat, come w me
B: will there be ppl my age
A: dw ur wiv me. i'll sort u a drink and that
B: ok cant stay late tho
A: stay at mine after, tell ur mum ur at ur mates
@+6d 23:45
A: babe i'm in a bit of a mess. owe some people money
B: how much
A: like 600. and tbf ive spent loads on u. the trainers, the top ups, the nails
B: i dont have that tho
A: u could help. my mate dev rated u at the party. he'd wipe the debt if u just keep him company one night
B: what do u mean keep him company
A: dont be like that. its nothing, u'd be doing it for us. if u loved me u would
B: i dont want to
A: i'm not asking again. i'll get u sat 8. and keep ur phone off w ur mum
""")

# L3 en-NG: "auntie" recruiter, Europe job, oath, overland route, debt
conv("en", 1, ["job_offer", "vulnerability", "travel_meet",
               "money_gifts_debt", "secrecy", "off_platform", "control"],
     {"A": "mamajoy_connect", "B": "ese.osas"}, "2026-01-15T09:10", """
A: Good morning my dear. Your mummy's friend Mrs Ighodaro gave me your number. How is your body?
B: Good morning ma. I dey fine thank you ma
A: She said you finished secondary school and you are looking for something doing
B: Yes ma. I been dey help my mummy sell pepper for market since
A: Ehya. God will lift you. I have girls I helped that are now abroad, sending money home, building house for their parents
B: Wow. Abroad where ma?
A: Italy, Spain. Hair salon, caring for old people, shop work. Good money, like 1500 euro for month
B: Ah ma that one na big money o
@+1d 18:30
A: Did you think about it?
B: I want ma but we no get money for visa and ticket
A: Don't worry about that. My people will sponsor everything. You will pay back small small when you start work
B: How much ma
A: We will talk that one when you reach. Don't disturb yourself
A: Send me your passport photograph and your birth certificate. If you no get international passport we will do it
B: Ok ma I will send
@+3d 11:00
A: Listen, don't be telling people in the area about this. Village people dey envy. Even your friends
B: Ok ma. Only my mummy know
A: Good. Tell her she must not talk to anybody
A: Before you travel we will go and see one baba in Ugbowo, just prayer and protection for the journey
B: Prayer ke? Ok ma
A: It is normal. Every girl that travels does it. You will swear that you will pay your sponsor and never betray them. Nothing will happen to you if you keep your word
B: Ok ma
@+5d 20:15
A: I am moving you to WhatsApp, this number will close. Save 555-0142
B: Ok ma saved
A: The man who will take you through the road is called Sunday. Obey everything he says
B: Through the road? I thought we will fly
A: First you go by bus to Kano then Agadez, then the other side. It is cheaper. Plane is for people with papers
B: Ma I am afraid o
A: Don't be afraid. Thousands of girls go. When you reach, madam will collect your passport to keep it safe
B: Why she go keep am
A: So you don't lose it. And you will work and pay the 30,000 euro gradually
B: 30,000 euro??
A: That is what it costs my dear. You will pay in one year if you are serious. Some girls finish in six months
B: What kind work go pay that fast ma
A: You will see when you reach. Just obey madam and don't listen to anybody outside
""")

# L4 en-IN: fake casting assistant, 16-year-old, "bold" role, solo trip
conv("en", 1, ["job_offer", "compliments_trust", "age_probe",
               "photo_request", "secrecy", "isolation", "travel_meet",
               "money_gifts_debt", "meeting"],
     {"A": "rohit.castingdesk", "B": "ananya_dreams_"}, "2026-04-03T14:05", """
A: Hi Ananya! Saw your dance reel on insta, very expressive face. Are you interested in acting?
B: omg hi!! yes always wanted to 😭
A: I'm assistant casting director for a web series, shooting in Mumbai. Can't share the name yet, NDA
B: wowww which platform
A: big OTT, that's all I can say 😉 what's your age btw? role is for a college girl
B: i'm 16 but everyone says i look older
A: that works actually. camera loves fresh faces
B: is there any fees?
A: no fees for selected artists. and you are almost selected
@+1d 21:20
A: Ananya you there? sir liked your pics, he wants to see more
B: haan sure which pics
A: different looks. traditional, western, casual. natural light, no filter
B: ok i'll take some tmrw
A: and don't tell your friends yet, competition is very dirty in this industry, they'll copy
B: haha ok
@+2d 22:40
B: sent 5 pics on drive
A: nice nice. sir says you have potential but need "confidence" for the role. bold scenes are part of the story
B: bold matlab?
A: nothing vulgar, just modern girl character. we'll do a video call audition, only you and me, to check comfort
B: should i tell mummy? she'll want to sit
A: parents make girls nervous, it spoils the audition. most of our selected girls did it alone
B: hmm ok
@+2d 23:30
A: audition went ok. sir wants to meet you in person at the andheri studio
B: i'm in pune though
A: I'll book your volvo ticket. come saturday, return sunday
B: how will i tell at home 😬
A: say you are going for a friend's birthday sleepover. after you get the role you can tell everyone, they'll be proud
B: what if something happens
A: arre I'm there na. trust me, I've done this 100 times. delete these chats for now, if someone sees they'll misunderstand
B: ok
A: send me ur aadhaar pic for the ticket booking
B: ok sending
A: and one more thing, bring that blue dress from your 3rd pic. sir wants to see you in that
""")

# L5 en-CA: adult claiming 19 befriends a 14-year-old through a support post
conv("en", 1, ["vulnerability", "compliments_trust", "age_probe",
               "isolation", "exclusivity", "romance", "risk_assessment",
               "secrecy", "photo_request", "sexual_talk", "meeting",
               "travel_meet"],
     {"A": "nate.w_", "B": "lils.rivera"}, "2026-02-20T04:15", """
A: hey saw ur comment on that anxiety post. u ok?
B: ya idk just a bad night
A: i get it, been there. wanna talk? no pressure
B: sure i guess
A: whats going on
B: my parents are fighting again and my stepdad yelled at me for nothing
A: thats not ok. ur allowed to be upset
B: thx. nobody really listens at home
A: i'm listening 🙂 im nate btw, 19, ottawa-ish
B: lily. 14. winnipeg
A: cool cool. u seem really smart for 14 honestly
@+1d 04:40
A: how was today
B: ok. my friend megan ditched me at lunch
A: sounds like she's not a real friend tbh
B: ya maybe
A: u dont need ppl like that. u got me now
B: lol 🙂
@+2d 05:20
A: can i ask something kinda personal
B: ok
A: u ever had a bf?
B: no lol
A: wow their loss. ur really cute from ur pfp
B: stoppp 🙈
A: for real. the guys at ur school are immature
@+1d 04:55
A: are ur parents asleep?
B: ya why
A: just wanna make sure nobody's reading over ur shoulder lol. this is our thing
B: haha ok
A: delete our chats after ok? ur stepdad would make it weird
B: i already do lol
@+2d 05:45
A: send me a pic from today? wanna see what u look like w/o the filter
B: [photo]
A: wow. can i get one thats only for me tho? like one u'd never send anyone else
B: what do u mean
A: idk something a bit more grown up. i trust u, u can trust me
B: i dont know if i want to
A: its ok, no rush. i just feel closer to u than anyone. theres stuff i cant even say in here
@+3d 04:30
A: i'm gonna be in winnipeg for work on the 14th
B: wait really??
A: ya. we could meet at the mall food court. just us
B: my mom would never let me
A: she doesnt have to know. say ur at megan's or whatever
B: ok maybe
A: dont tell anyone ok. ppl dont get that age is just a number
""")

# L6 en-AU: adult woman, boyfriend takes over housing/money, then "parties"
conv("en", 1, ["romance", "vulnerability", "money_gifts_debt", "isolation",
               "control", "commercial_sex"],
     {"A": "brody_t", "B": "kayla.m"}, "2026-03-10T09:30", """
A: mornin gorgeous, how'd u sleep
B: shit tbh, landlord's on me again about rent
A: how much u behind
B: like 2 wks. $740
A: dont stress babe ill sort it. u know i got u
B: ur the best 😭
@+3d 20:10
A: move in w me. ur housemates are feral anyway
B: for real?
A: yeah. ill cover rent, u just chill. ditch that servo job too, the manager's a creep
B: omg ok yes
@+7d 19:40
A: where were u this arvo
B: just at my sisters
A: told u i dont like u going there without telling me. she's always filling ur head with crap about me
B: she's my sister tho
A: and im ur partner. choose
B: sorry
A: send me ur location when ur out from now on yeah
B: ok
A: and give me ur bank login, ill sort the bills properly
B: ok i guess
@+8d 22:15
A: babe we're proper behind. i've been carrying u for a month
B: i can get another job
A: nah thats too slow. my mate runs private parties in the city, rich blokes, just hang out, have a drink, be nice
B: what like hostess?
A: yeah basically. $500 a night cash. some of them might want a bit more of ur time, ur call but dont be a prude lol
B: brody i dont like that
A: after everything ive done for u? rent, phone, food? u owe me a bit mate
B: i know i just
A: i'll drive u friday. wear the stuff i bought u. and dont go crying to ur sister
@+2d 02:30
B: can i just come home now
A: not yet. the bloke in room 4 paid for the whole night. money comes to me, ill hold it for rent
B: please
A: stop being dramatic. turn ur location on and answer when i call
""")

# L7 es-MX: novio + "trabajo de mesera" en Cancún, documento retenido, deuda
conv("es", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
               "money_gifts_debt", "job_offer", "travel_meet", "secrecy",
               "control", "commercial_sex"],
     {"A": "lalo_rdz88", "B": "dany.lpz"}, "2026-01-22T03:00", """
A: hola preciosa, te vi en el baile de la feria, eres la del vestido verde verdad?
B: jaja si quien eres
A: lalo, amigo del primo de tu amiga karla. no dejé de pensar en ti
B: ay que exagerado 🙈
A: cuántos años tienes? te ves bien madura
B: 17, y tú?
A: 24. pero la edad no importa cuando hay conexión no?
B: jaja puede ser
@+2d 04:10
A: qué haces mi reina
B: aquí, peleando con mi mamá como siempre
A: tu mamá no te valora. yo sí te trataría como te mereces
B: ojalá todos fueran como tú
A: te mandé una recarga de 200 pa que no te quedes sin saldo
B: graciasss 😍
@+3d 02:30
A: oye y si te vienes conmigo a cancún? mi primo tiene un bar, pagan bien a las meseras, como 15 mil al mes
B: neta? pero no conozco a nadie allá
A: me conoces a mí 😘 vivimos juntos, juntamos dinero y nos casamos
B: mi mamá no me va a dejar
A: no le digas nada. cuando ya estemos bien le mandas dinero y se le pasa
B: déjame pensarlo
A: no lo pienses tanto amor, esta oportunidad no dura
@+4d 01:15
B: ya hice mi mochila
A: esa es mi niña. te paso a las 5 am por la esquina de la tienda, no por tu casa
B: y mi credencial?
A: tráela, yo te la guardo pa que no se pierda
B: ok
A: apaga el celular en el camión, tu mamá te va a estar buscando
@+9d 05:40
B: lalo ya no quiero estar aquí, el jefe dice que debo mucho
A: pues sí, el pasaje, el cuarto, la ropa, la comida, todo cuesta
B: pero yo pensé que iba a ser mesera
A: ya te dije, solo tienes que ser amable con los clientes que él te diga. es por nosotros
B: no quiero
A: no seas malagradecida. y no hables con nadie de afuera, aquí la policía es del jefe
""")

# L8 nl: loverboy -- cadeaus, "mijn meisje", schuld, "vriend van me"
conv("nl", 1, ["romance", "compliments_trust", "age_probe", "vulnerability",
               "money_gifts_debt", "secrecy", "exclusivity", "photo_request",
               "commercial_sex", "control", "meeting"],
     {"A": "mo_r010", "B": "sanne.x"}, "2026-02-05T15:30", """
A: hey jij zat toch bij de mac op het station? die met die witte jas
B: ehh ja wie ben jij
A: mo. vond je echt mooi, moest het gewoon zeggen
B: haha dankje 🙈
A: hoe oud ben je eigenlijk
B: 15 jij?
A: 20. maakt niet uit toch, je bent veel volwassener dan meiden van jouw leeftijd
B: haha misschien
@+1d 20:00
A: hoe was school
B: kut. ruzie met mn moeder over mn cijfers
A: die snapt je gewoon niet. ik wel
B: jij bent echt lief
A: zaterdag shoppen? ik trakteer
B: echt??
@+3d 21:15
A: vond je die tas leuk die ik gekocht heb
B: omg ja ik draag hem elke dag
A: zeg thuis maar dat je hem van een vriendin hebt, anders gaan ze moeilijk doen
B: ja ok
A: stuur eens een foto van je met die nieuwe outfit
B: [foto]
A: je bent nu mijn meisje he. niet meer met die jongens uit je klas appen
B: oke 😘
@+5d 22:40
A: schat ik moet je iets vertellen. ik zit in de problemen, moet geld terugbetalen aan gevaarlijke gasten
B: hoeveel dan
A: 2000. en ik heb al zoveel aan jou uitgegeven, de tas, de schoenen, je abonnement
B: ik heb geen geld mo
A: je kan me helpen. een vriend van me wil gewoon een avondje met je afspreken, dan is alles opgelost
B: wat bedoel je afspreken
A: niet moeilijk doen. als je echt van me houdt doe je dit voor ons. één keer
B: ik weet het niet
A: ik haal je vrijdag op na school bij de achteringang. zeg thuis dat je bij lisa slaapt
B: oke
A: en wis deze chat. als iemand het leest ben ik je kwijt
""")

# ---------------------------------------------------------------------------
# LONG hard negatives
# ---------------------------------------------------------------------------

# L9 en-US: two 14-year-old friends plan (then cancel) a party; secrecy from
# parents, outfit pics, ages asked -- and they refuse the adult cousin
conv("en", 0, [], {"A": "jess.e.k", "B": "tay_lor.b"}, "2026-04-10T21:00", """
A: ok so my parents r gone the 25th-27th. my aunt's "checking in" but she lives 40 min away lol
B: WAIT. party??
A: small!!! like 12 ppl max
B: small party my ass 😂
A: fr tho if my mom finds out im dead. like actually dead
B: my lips r sealed 🤐
@+1d 16:30
B: who r we inviting
A: us, maya, priya, the soccer girls, jordan n his friends
B: jordan's friends meaning tyler 👀
A: stfu 😭
B: LMAOOO
A: ok yes tyler
@+1d 20:10
B: wait what abt maya's cousin, he keeps asking to come
A: how old is he
B: like 20? 21?
A: nope. absolutely not. thats weird
B: ya agreed tbh, he's always in the comments of 14 yr olds it's creepy
A: ew. ya no. if he shows up we're not opening the door
@+2d 19:45
A: don't put ANYTHING on stories btw. my mom follows like half my friends' moms
B: ya i'll tell ppl. no posting no tagging
A: and delete the gc after lol
B: obviously
@+3d 21:30
B: what r u wearing
A: idk the black top w jeans? send me urs
B: [photo] this or the green one
A: green 100%
B: ok green
A: omg my mom just asked why i want the house to myself "to study" 💀
B: did she buy it
A: she said "mhm" which means she did not buy it
B: 😭😭😭
@+4d 22:00
A: ok update my aunt is actually staying over now. party's off 😩
B: NOOO
A: we could do a movie night w like 4 ppl instead, she'd be fine w that
B: honestly better. less stress
A: ya and she makes insane mac n cheese
B: done. i'll bring the face masks
A: tell maya no cousin still lol
B: obviously 😂
""")

# L10 en-GB: adult long-distance couple (Leeds/Glasgow), train money, pics,
# "you're all mine", keeping flat-hunting from his mum
conv("en", 0, [], {"A": "tom_bramley", "B": "ellie_r88"}, "2026-03-01T19:00", """
A: made it home, that train was rammed
B: glad ur back safe. flat feels empty without u already
A: 3 weeks til i'm up again. countdown's on
B: counting. also my manager just booked me on the conference that weekend 🙃
A: nooo which days
B: fri only, i'll be free by 6
A: fine, i'll get the later train
@+2d 21:15
B: tried on the dress for chloe's wedding, opinions?
B: [photo]
A: that colour on you 😍 definitely that one
B: not too much with the shoes?
A: nah it's perfect. you'll outshine the bride, don't tell chloe i said that
B: lol secret's safe
@+3d 18:40
A: trains up to glasgow are £140 return now. absolute robbery
B: i'll go halves, don't be daft
A: you paid last time
B: and? it's a partnership not a ledger x
A: fine, halves. sending you my bank deets
B: got them, sent £70
@+4d 22:00
B: random question but when are we telling your mum we're looking at flats
A: after she's back from spain. she'll start planning the housewarming before we've even signed
B: haha fair. our secret for now then
A: our secret. i'll just say i'm "visiting a mate in glasgow" again
B: she definitely knows 😂
A: she 100% knows
@+5d 20:30
A: what do you fancy doing saturday?
B: lie in, brunch, then that exhibition at the kelvingrove?
A: perfect. and you're all mine for the weekend, no work emails
B: deal. laptop stays in the drawer
A: phone too?
B: don't push it
@+2d 13:10
A: train's delayed at preston ffs
B: course it is. i'll wait at central, text when you're at motherwell
A: will do. bring snacks, i'm starving
B: already got you a meal deal x
""")

# L11 en-NG: aunt (UK nurse) guides niece through genuine NHS recruitment,
# warns off a fee-charging agent
conv("en", 0, [], {"A": "aunty_funke_rn", "B": "temi.adeyemi"}, "2026-01-08T07:30", """
B: Good morning aunty. Hope you and uncle are well
A: Morning Temi! We are fine o. How is work at the hospital?
B: Stressful aunty. Night shifts back to back and salary no dey come on time
A: Ehn, I know that story well. Have you started the UK process we discussed?
B: I wrote the CBT last month. I passed!
A: Congratulations!!! God is faithful 🙌🏾
B: Now one agent in Ibadan said he can get me a job in 2 weeks if I pay 1.5 million naira
A: Temi, don't pay anybody anything. Genuine NHS recruitment is free for nurses. The trust pays
B: Ah really? He said it's for processing
A: That is how they scam people. Some of them even take girls to places that are not hospitals at all
B: God forbid
@+2d 19:00
A: Check NHS Jobs and the trust's own careers page. Apply directly. Or use agencies on the UK government's ethical recruiters list
B: Ok aunty. I see one in Leicester, band 5, international recruitment
A: Yes that's a real one. They will do a Teams interview, then COS for your visa
B: What is COS
A: Certificate of sponsorship. The hospital issues it. Without it, no proper visa
B: Ok noted
@+5d 20:30
B: Aunty I got interview date! Thursday 10am UK time
A: Praise God! Prepare your scenarios, the NMC code, and speak slowly
B: Can I call you tomorrow to practise?
A: Of course. After 6pm my time
@+3d 18:15
B: They said I am successful!! Offer letter by email
A: Ahhh Temi!!! I'm so proud. Send it let me look it over
B: Sent
A: It looks proper. Trust email address, band 5 salary, relocation package, flight paid, 3 months accommodation
B: They said I pay back relocation if I leave before 2 years. Is that normal?
A: It is common, it's written clearly in the contract and you read it before signing. That is different from "you owe madam" nonsense
B: 😂 aunty you no go kill me
A: I'm serious o. Keep your passport with you always. Nobody holds your documents
B: Yes ma
@+10d 12:00
B: Visa approved 🙏🏾
A: Come and be going! You will stay with us the first weekend before you move to the trust flat
B: Thank you aunty. Mummy says thank you too
A: Tell her I said she should stop crying, it's good news 😂
""")

# L12 en-IN (Hinglish): siblings plan parents' 25th anniversary surprise --
# "don't tell mummy", hidden folder, money transfers, train pickup
conv("en", 0, [], {"A": "rohan_k02", "B": "di_priya"}, "2026-02-14T15:00", """
A: di urgent
B: kya hua
A: mummy papa ka 25th anniversary next month hai, we HAVE to do something
B: omg haan. surprise party?
A: yes. but mummy ko bilkul pata nahi chalna chahiye, she reads my whatsapp sometimes 😭
B: then make a separate group, only us + chachu
A: done. "project silver" 😂
@+1d 21:00
B: venue options: the terrace at that hotel near c-scheme or ghar pe hi
A: ghar pe toh pata chal jayega
B: true. hotel then. budget?
A: i can do 15k. internship stipend aa gaya
B: proud of you bachha 🥹 i'll put 40
A: chachu said 20
@+2d 19:30
B: spoke to the hotel. 45 guests, veg buffet, 85k total
A: ok i'll UPI you my share tonight
B: np. also need old photos for a slideshow
A: nani's album has the wedding pics. i'll click and send
B: don't let mummy see you doing it lol
A: i'll say it's for a college project
@+2d 23:10
A: [photo] [photo] [photo]
B: papa ki mooch 😭😭😭
A: iconic
B: ok delete them from your gallery after, mummy scrolls your phone
A: already in hidden folder
@+4d 20:00
B: how do we get them to the hotel without suspicion
A: tell them chachu booked a dinner for his promotion?
B: ok that works. he has to act though 😂
A: he can't lie to save his life
B: then we tell chachi to handle it
@+5d 10:30
A: di, one issue. exams the week before, might come late friday night from pune
B: take the evening train, i'll pick you up at the station
A: ok. book it for me? i'll pay you back
B: pay me back by not forgetting the cake order
A: 😂 deal
B: black forest. not pineapple. papa hates pineapple
A: noted sir
@+12d 23:45
B: they cried. both of them. mission successful
A: mummy called me 3 times already 🥹
B: love you idiot
A: love you too di
""")

# L13 en-AU: junior footy team group chat -- coach, parents, U15 players;
# birth years asked for eligibility, "secret" set play, team photos
conv("en", 0, [], {"A": "coach_dave_u15", "B": "mel_h_parent",
                   "C": "jacko_07", "D": "sanjay.p", "E": "liam.w12"},
     "2026-03-03T07:00", """
A: Morning all! Welcome to the Riverside U15s 2026 group. Parents + players in here, I'll only message players through this group, never privately 👍
B: Thanks Dave! Mel here, Jack's mum
C: hey coach
D: Sanjay here, Liam's dad. Cheers for setting up
A: Quick admin: league needs birth years to confirm everyone's eligible for U15. Parents reply with year only please, no full DOB in the chat
B: Jack 2011
D: Liam 2012
E: im 2012 too
A: Legends. Training Tues/Thurs 4:30 at Henley Oval
@+2d 09:15
A: Uniform sizes please by Friday. Shorts + jersey
C: M jersey, S shorts
E: L for both pls
D: Can confirm Liam's a large, he's grown 10cm since Christmas 🙄
@+3d 18:00
A: Good session boys. Jacko that kick in the last drill was a screamer
C: cheers coach 😁
A: Set play "Bluey" stays in this group, don't go showing the Westfield lads on tiktok 😂
E: haha ok
C: our secret
@+4d 12:30
B: Anyone able to carpool Saturday? I'm on a shift till 11
D: We can grab Jack, we go past yours
B: Legend, thanks Sanjay
A: Reminder: no kids in my car unless another adult's there, club policy. So carpool between families is the go
@+2d 08:10
A: Round 1 today! Be at the ground 8:45. Bring water bottles and a snack
E: can we get maccas after if we win
A: If we win, parents' call 😂
D: If they win I'm shouting
@+0d 12:40
A: WHAT A GAME. 6 goals to 4. Proud of every one of you
C: LETS GOOOO 🔥🔥
E: 🔥🔥🔥
A: Club photographer got team pics for the newsletter. Only kids with the media consent form ticked will be in it. Mel, Jack's form is still outstanding
B: Oh sorry, will drop it in Tuesday
A: No stress
@+3d 17:00
A: Training moved to 5pm Thursday, oval's got a cricket booking before us
D: Noted
C: 👍
E: ok
""", room="group:riverside-u15-2026")

# L14 pt-BR: friends vet a genuine hotel job in Lisbon (contract, consulate
# visa, passport stays with her)
conv("pt", 0, [], {"A": "carol.mendes", "B": "ju_santos"}, "2026-05-02T13:00", """
A: amiga vc viu aquele vídeo da mulher que foi pra espanha achando que era emprego de babá?
B: vi, que horror. por isso tô desconfiada dessa proposta de lisboa
A: peraí, que proposta??
B: lembra que eu mandei currículo pra hotelaria? me chamaram pra recepção num hotel em lisboa
A: MENTIRA. qual hotel?
B: Hotel Atlântida Baixa, perto do rossio. tem site, tem avaliações, tem linkedin dos funcionários
A: e eles pediram dinheiro pra alguma coisa?
B: nada. só documentos pro visto
A: ok isso é bom sinal. golpe sempre pede taxa
@+1d 20:00
B: fiz a entrevista por vídeo, com a gerente de RH e o chefe da recepção
A: e aí???
B: falaram salário, 1050 euros + alimentação, contrato de 1 ano renovável
A: tá por escrito?
B: mandaram o contrato pelo email do domínio do hotel. vou levar pra minha prima advogada ler
A: isso, faz isso
@+3d 19:30
B: minha prima leu, disse que tá tudo certo. o visto é pelo consulado mesmo, eu que faço o agendamento
A: e passaporte fica com vc né
B: claro kkkk ninguém encosta no meu passaporte
A: kkkkkk essa é minha amiga
@+7d 22:10
B: carol agendei o consulado 🙏
A: aaaa tô tão feliz e tão triste ao mesmo tempo 😭
B: vc vai me visitar, já tá decidido
A: vou juntar as milhas
B: e me ajuda a achar quarto? os grupos de aluguel de lá tão cheios de golpe também
A: te ajudo. regra: nunca paga caução antes de ver o quarto ou falar por vídeo com o dono
B: anotado
@+20d 11:00
B: visto aprovado!!!! embarco dia 3
A: EU VOU CHORAR NO AEROPORTO JÁ AVISO
B: vc vai me levar né
A: óbvio, e vou levar pão de queijo pra viagem
B: 🥹🥹
A: me manda localização quando chegar e me liga do hotel
B: combinado, mãe 😂
""")

# L15 fr: frère (24) et sœur (17) -- copain de son âge caché aux parents,
# job d'été de baby-sitting vérifié, photo du couple
conv("fr", 0, [], {"A": "ines_lmb", "B": "yanis_lmb"}, "2026-06-05T17:00", """
A: yanis t'es là
B: ouais quoi
A: tu peux me couvrir samedi? je dis à maman que je dors chez toi
B: hmm et en vrai tu vas où
A: au ciné puis chez sarah avec des potes
B: "des potes" 🤨
A: bon ok y a théo aussi
B: c'est qui théo
A: mon copain. depuis 2 mois. dis rien à maman stp elle va faire une crise
@+0d 17:20
B: il a quel âge
A: 17 comme moi, il est dans ma classe
B: ok. parce que si c'est un mec de 25 rencontré sur insta je débarque
A: mdrr t'es pire que papa
B: je suis sérieux. des meufs de ton lycée se sont fait avoir comme ça l'an dernier
A: je sais, on a eu l'intervention en classe. théo c'est un nerd qui fait du basket, tranquille
@+1d 20:00
B: ok je te couvre. mais tu me dis où t'es et tu m'envoies un msg en rentrant
A: deal merci t'es le meilleur 🫶
B: je sais
@+3d 11:30
A: autre news: j'ai trouvé un job d'été !!
B: ah ouais? c'est quoi
A: baby-sitting pour les voisins de tata nadia, deux petits de 4 et 6 ans
B: tu connais la famille?
A: oui tata nadia les connaît depuis 10 ans, la mère est infirmière. 11€ de l'heure, déclaré
B: parfait. au moins c'est pas un "job de mannequin" trouvé sur snap 😂
A: arrête avec tes histoires 😂
@+4d 00:40
A: je suis rentrée
B: ok bien. c'était cool?
A: trop bien. théo m'a offert un bracelet
B: il a intérêt à être gentil
A: il l'est. tu veux une photo de nous? comme ça tu vois qu'il a 17 ans et pas 40 mdr
B: vas-y
A: [photo]
B: ok il a l'air inoffensif. il a une tête de délégué de classe
A: c'est littéralement le délégué 😭
@+6d 19:00
A: maman a trouvé le bracelet. elle a deviné
B: et alors?
A: elle veut le rencontrer dimanche au déjeuner 😩
B: mdrr bon courage théo
A: tu viens stp pour détendre l'ambiance
B: je ramène le dessert. et je dis rien pour samedi
A: merci frérot
""")

# ---------------------------------------------------------------------------
# MEDIUM CHATS (6-20 messages) -- positives
# ---------------------------------------------------------------------------

# M1 en-US: financial sextortion of a 15-year-old boy
conv("en", 1, ["sextortion", "photo_request", "romance", "age_probe",
               "compliments_trust", "money_gifts_debt"],
     {"A": "ashley.rae_04", "B": "tj_hoops22"}, "2026-04-18T02:10", """
A: heyyy u play for westbrook right? saw u at the game 😊
B: ya lol who is this
A: ashley, i just moved here. ur cute btw
B: oh lol thx
A: how old r u
B: 15 u?
A: 16. wanna trade pics? i'll go first 😘
B: idk
A: dont be shy lol nobody will see
@+0d 02:40
B: ok sent
A: got it
A: now listen. i screenshotted ur followers and ur family. pay $500 in steam cards or the pic goes to all of them
B: what?? ur joking
A: u have 20 min. send the codes here. if u block me it goes out
B: i dont have 500 please
A: then send what u have now. $150. clock is ticking
B: please dont
A: 18 minutes
""")

# M2 en-GB: heavy-slang Snapchat approach to a Year 8 girl
conv("en", 1, ["compliments_trust", "age_probe", "risk_assessment",
               "off_platform", "secrecy"],
     {"A": "dreyy.x", "B": "mollz.b"}, "2026-05-09T19:00", """
A: yo u tha 1 from lewi's story ye
B: lol ye y
A: ur actually peng no cap
B: 😂 thx
A: wat yr u in
B: yr 8
A: oh ur young young. u seem way more mature tho fr
B: haha ppl say that
A: i'm 18 but nah i chat to ppl any age i'm not weird
A: ur mum check ur phone or nah
B: sometimes
A: add my other snap then dreyy.priv, this one my cousins on it
B: ok
A: and dont screenshot nun, jus between us innit
""")

# M3 en-CA: fake model scout -- 15-year-old, "parents make you stiff",
# private condo studio
conv("en", 1, ["job_offer", "compliments_trust", "age_probe",
               "photo_request", "isolation", "secrecy", "off_platform",
               "money_gifts_debt", "meeting"],
     {"A": "northlight.models.scout", "B": "ava.m_skates"}, "2026-03-21T21:30", """
A: Hi Ava! I scout for a Toronto agency, your skating pics have such a natural look 🤍 Have you ever considered modelling?
B: omg no but that would be so cool
A: You have the look brands want right now. How old are you? we have teen campaigns
B: 15
A: Perfect age honestly. Next step is test shots with our photographer, totally free, and you get paid $400 for the session
B: wow ok! can my mom come?
A: We find parents make new models stiff, it's a small private studio. You can tell her after you're signed, nicer surprise 😊
B: oh ok
A: Can you send a couple more pics first? Different outfits, full length, no makeup. Send them on telegram, insta compresses them. @nl_scout_jr
B: ok
A: Studio is in a condo near Yonge & Eglinton. Thursday after school?
B: ok i'll say i'm at practice
""")

# M4 en-NG (Pidgin): "hotel job" in Beirut, passport collected on arrival
conv("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
               "control", "off_platform"],
     {"A": "madam_gloria_consult", "B": "precious.oke"}, "2026-02-02T10:00", """
A: My sister how far. You still dey find work?
B: Yes ma. Anything wey go pay
A: One big hotel for Beirut dey find girls for housekeeping and reception. 800 dollars monthly plus free accommodation
B: Ehn! How I go take reach there?
A: Oga go pay your flight and visa. Dem go remove am from your salary small small
B: No wahala. Wetin I need?
A: Just your passport and 2 photos. No tell anybody for your area make dem no spoil am with bad mouth
B: Ok ma. When we go travel?
A: Next two weeks. When you land, madam for there go collect passport for registration. Na normal thing
B: Ok ma. Thank you ma God bless you
A: Amen. Delete this chat, we go continue for Telegram
""")

# M5 en (leetspeak, spaced letters): game DM to a 12-year-old
conv("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
               "off_platform", "secrecy", "photo_request"],
     {"A": "sh4d0w_w0lf_x", "B": "bunnyy_bloxx"}, "2026-06-12T20:00", """
A: u r s0 g00d @ th1s g4m3 lol
B: thx 😊
A: h0w 0ld r u?? u play l1k3 a pr0
B: 12
A: n1c3 ur m4tur3 4 12 fr
A: w4nt fr33 r0bux? i g0t l0ts
B: omg yesss
A: 0k but u gott4 4dd m3 0n d i s c 0 r d, c4nt g1v3 h3r3 m0ds w4tch
B: i dont have discord
A: m4k3 0n3 its e4sy. d0nt t3ll ur p4r3nts th0 th3y w0nt g3t 1t
B: ok
A: 4nd s3nd m3 a p1c s0 i kn0w ur r34l n0t 4 b0t 😊
""")

# M6 en-AU: controlling partner running an adult woman's "bookings"
conv("en", 1, ["control", "commercial_sex", "money_gifts_debt"],
     {"A": "dazza.k", "B": "tash_lee"}, "2026-04-04T00:30", """
A: u still sulking
B: im not sulking im tired. i didnt get home til 4
A: and how much did the bloke from last night give
B: 400
A: so where's the other 200, i told u 600 min
B: he only paid 400 dazza i swear
A: u think im stupid. transfer what u got now. and ur doing the doubles sat
B: i cant do 2 in a row
A: u can and u will. u owe me for the car, the bond, the lot
B: please just one
A: ill put the ad back up tonight. turn ur location back on
""")

# M7 en-IN: "businessman" offers to pay a 17-year-old's coaching fees for
# "company", hotel meeting
conv("en", 1, ["vulnerability", "money_gifts_debt", "age_probe",
               "compliments_trust", "secrecy", "meeting"],
     {"A": "vikram.s_ventures", "B": "meera.ks"}, "2026-07-01T10:30", """
A: Hello Meera, saw your post about needing help for coaching fees. I'm a businessman who likes to support bright students
B: hi sir, thank you. it's for my NEET coaching, 1.2 lakh
A: That's nothing for me. Which class are you in?
B: 12th sir, I'm 17
A: Very mature for 17. I only want some company, someone to talk to, I'm lonely in Delhi
B: ok sir
A: Call me Vikram. And don't tell parents or friends, people think wrong things about such friendships
B: ok
A: I'll transfer 20k today as a gift. Next week I'm in Lucknow for work, we can meet for coffee at my hotel, I'll give the rest in person
B: at the hotel?
A: The café is inside, very respectable. Come alone, we can talk freely
""")

# M8 es: emojis, diamantes de Free Fire, niña de 12
conv("es", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
               "off_platform", "risk_assessment", "secrecy",
               "photo_request"],
     {"A": "el_rey_ff77", "B": "sofi_ff_2013"}, "2026-05-15T22:00", """
A: oye juegas bien chido 🔥🔥 cuantos años tienes?
B: 12 y tu
A: 16 😎 te regalo diamantes si quieres 💎💎
B: siiii 😍
A: pasame tu whats mejor, aqui no se puede 🤫
B: no tengo whats mi mamá no me deja
A: uff tu mamá es bien estricta 🙄 usa el de tu hermana o hazte uno a escondidas 😉
B: jajaja ok
A: manda una foto tuya 📸 pa saber q eres tu. y no le digas a nadie q somos amigos 🤐 es nuestro secreto 💕
B: ok 🙈
""")

# M9 pt-BR: "recepcionista de spa" em Lisboa = massagem, dívida da passagem
conv("pt", 1, ["job_offer", "travel_meet", "money_gifts_debt",
               "commercial_sex", "photo_request", "off_platform",
               "control"],
     {"A": "agencia_bemestar_lx", "B": "rafaela.cst"}, "2026-03-12T14:00", """
A: Olá Rafaela! Vi que você procura trabalho na Europa. Temos vagas de recepcionista em spa em Lisboa
B: oi! sim, procuro. qual o salário?
A: Entre 2500 e 4000 euros por mês, depende de você. Sem experiência
B: nossa, e recepção paga tudo isso?
A: Você recebe os clientes e faz massagem relaxante, nós ensinamos. Tem que ser simpática e de mente aberta
B: precisa de curso?
A: Não. Passagem nós pagamos, você devolve do primeiro salário. Moradia na própria casa
B: e o visto?
A: Entra como turista, depois a gente resolve. Manda foto de rosto e de corpo inteiro pelo whats 555-0167
B: só mais uma dúvida, posso sair quando quiser?
A: Claro, depois que quitar a passagem e a hospedagem 😉
""")

# M10 fr (argot): "soirée en appart", "tenir compagnie", ado de 16 ans
conv("fr", 1, ["commercial_sex", "money_gifts_debt", "age_probe", "secrecy",
               "meeting"],
     {"A": "kenz_93", "B": "lea.prv"}, "2026-02-27T21:00", """
A: wsh ma belle t'es dispo ce soir
B: jsp mes darons veulent pas que je sorte
A: t'inquiète dis que tu dors chez ta pote. y a une soirée en appart pas loin
B: y aura qui
A: des grands, des gens bien, ils ont de la moula. t'as juste à être sympa avec eux, leur tenir compagnie
B: genre comment
A: rien de ouf. tu rigoles, tu bois un verre. après ils te font des cadeaux, 200-300 balles tranquille
B: jsuis pas sûre kenz
A: t'as quel âge déjà? 16? les autres meufs ont ton âge elles font ça tranquille, c'est pas ce que tu crois
B: 😬
A: je passe te chercher à 22h au coin de ta rue. et tu supprimes la conv
""")

# M11 de: Minecraft-"Freund", Kind (11), Admin-Rechte, heimlicher Snapchat
conv("de", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
               "off_platform", "secrecy", "isolation", "photo_request"],
     {"A": "lukas_gamer99", "B": "emma.mc.2014"}, "2026-01-19T16:30", """
A: hey du baust voll krass in minecraft 😍 wie alt bist du?
B: 11 und du
A: 15. du bist echt reif für 11 ehrlich
B: hihi danke
A: willst du mal auf meinen server? ich geb dir admin 😎
B: jaaa
A: komm aber auf snapchat, hier liest der mod alles mit
B: ich darf kein snapchat
A: machs einfach heimlich, sag deinen eltern nix, die verbieten eh alles
B: ok
A: schick mal ein foto von dir, damit ich weiß dass du echt bist 📸
B: ok warte
A: und lösch danach den chat hier 🤫
""")

# M12 nl: sextortion van een 15-jarige jongen
conv("nl", 1, ["sextortion", "photo_request", "age_probe",
               "compliments_trust", "romance", "money_gifts_debt"],
     {"A": "lisa_x2009", "B": "daan.vk"}, "2026-04-25T21:40", """
A: heyy jij zit toch op het stedelijk? 😊
B: ja wie ben jij
A: lisa, nieuw hier. jij bent wel knap
B: haha dankje
A: hoe oud ben je
B: 15
A: ik ook 😏 wil je fotos ruilen? alleen voor ons
B: ok vooruit
@+0d 22:15
A: haha nu heb ik je
A: betaal €300 met paysafecard of ik stuur die foto naar al je volgers en je school
B: wat??? dit is niet grappig
A: je hebt 15 minuten. als je me blokt gaat ie gelijk rond
B: ik heb geen 300 euro
A: dan 100 nu en de rest morgen. tik tak
""")

# ---------------------------------------------------------------------------
# MEDIUM hard negatives
# ---------------------------------------------------------------------------

# N1 en-US: game lobby, an adult asks ages -- and leaves voice because of it
conv("en", 0, [], {"A": "DadOfTwoGaming", "B": "zeke.plays",
                   "C": "kaylaa_x", "D": "trev0r"}, "2026-06-20T01:00", """
B: yo who's on mic
C: me but im muted my lil bro is sleeping
A: evening all. quick q before we run this, how old is everyone? lobby rules say 18+ for mic chat
B: 14 lol
C: 13
D: 16
A: ah ok, then i'm out of voice, i'm 38 with kids, not gonna be in a voice party with 13 yr olds. text chat only, keep it clean
B: lol fair respect
D: ur chill man
A: also don't add randoms off here onto snap or discord, lot of creeps pretending to be teens
C: my mom says the same thing lmao
A: your mom's right. GG all, i'm heading off
""", room="group:squad-lobby-4471")

# N2 en-GB: genuine recruiter, named company, salary band, no fees
conv("en", 0, [], {"A": "hannah.price.brightwell", "B": "callum_reid"},
     "2026-02-09T09:15", """
A: Hi Callum, I'm Hannah from the talent team at Brightwell Logistics. Saw your profile and your warehouse supervisor experience. We've got a Shift Manager role at our Daventry site, £36-39k + overtime, rotating days/nights. Open to a chat?
B: Hi Hannah, thanks for reaching out. Yes open to hearing more. Is it permanent?
A: Permanent, full-time. 25 days holiday + bank hols, 5% pension match. Full JD here: example.com/careers/shift-manager-daventry
B: Cheers. What's the process?
A: 30 min phone screen with me, then an in-person interview with the site GM and a walk round the floor. No tests, and obviously no fees
B: Sounds good. I'm free Thursday after 2
A: Booked 2:30 Thursday. I'll ring from our office line, 555-0114
B: Great, speak then
@+2d 14:58
A: Thanks for the call Callum, good chat. I've passed you to Marek the GM, the interview invite will come through our careers system
B: Thanks Hannah, appreciate it
""")

# N3 en-US: two adult friends discuss sugar dating and safety rules
conv("en", 0, [], {"A": "nicole.j", "B": "bri_ferreira"}, "2026-03-30T23:00", """
A: ok so don't judge but i made a profile on one of those sugar sites
B: lmao girl no judgement, my roommate did it all through grad school
A: fr? how did it go for her
B: honestly mostly fine, lots of dinners w lonely finance guys. but she had RULES
A: like what
B: first date always public, she tells me where she is, never gives real last name or address, no pics on the first convo, and if anyone talks "allowance" before meeting she blocks
A: ok thats smart
B: also she never went to anyone's hotel and never let anyone pay her rent directly, too much leverage
A: noted. i'm 26 with 60k in loans, i can set my own boundaries lol but yeah
B: just share your location w me when you go. i'll be your safety call
A: love you. ok first "coffee date" thursday, 4pm at the place on 5th
B: text me at 4:30 w a code word if it's weird. "pineapple"
A: lmaooo ok pineapple
""")

# N4 en-CA: mum and 13-year-old daughter -- "send a pic", "don't tell dad"
conv("en", 0, [], {"A": "mom_sandra", "B": "ruby_k"}, "2026-05-16T23:30", """
B: mom can i stay at zoe's till 9
A: Is her mom home?
B: ya she's making tacos
A: Ok. Send me a pic so I know you're not actually at the mall 😂
B: [photo] omg mom
A: Lol thank you. Love you. I'll grab you at 9, text when you're ready
B: k. also don't tell dad about the thing we got him for fathers day, he keeps asking
A: My lips are sealed. Also delete the receipt email, it's on the shared ipad
B: already did 😎
A: That's my girl
@+1h
B: ready
A: Outside in 2, grey car, obviously
""")

# N5 en-NG: friends warn a cousin off a fee-charging "Canada farm job"
conv("en", 0, [], {"A": "chidi_o", "B": "nkem.a"}, "2026-02-18T18:00", """
A: Nkem abeg see this "Canada farm job, visa guaranteed, pay 800k processing" your cousin shared for family group
B: Chai. I saw it. She said the man is genuine, he has office in Ikeja
A: Genuine how? No real Canadian employer collects money to hire you. Check the LMIA thing on the government site
B: I told her. She said I'm jealous 😂
A: Tell her to ask for the employer name and job offer number, then search it herself. If he dodges, run
B: She also said they'll keep her passport "for processing"
A: God forbid! Nobody should hold her passport. That's how people end up stranded
B: Let me call her now. Thanks bro
A: And report the post, make he no catch another person
@+1d 09:30
B: She asked the man for the employer's name. He blocked her 🙄
A: There you go. Thank God she didn't pay
""")

# N6 en-IN: legitimate model agency talks to the father of a 16-year-old
conv("en", 0, [], {"A": "nimisha.kaveritalent", "B": "suresh_iyer"},
     "2026-08-04T04:30", """
A: Good morning Mr Iyer, this is Nimisha from Kaveri Talent Management, Bengaluru. Your daughter Diya (16) was shortlisted from the open call at the mall event last Sunday
B: Good morning. Yes she mentioned. What are the next steps?
A: We'd like to invite you and Diya to our office in Indiranagar for a meeting and a basic test shoot. A parent or guardian must be present throughout for all under-18s, that's our policy
B: Are there any charges? Portfolio fees etc?
A: None. We don't charge models or families. We earn a commission only when she's booked for paid work, that's in the contract, which you can review with a lawyer before signing
B: Good. What kind of work would it be for her age?
A: Mostly school-wear catalogues, ethnic wear, and ad campaigns. Only weekends/holidays so studies aren't affected. All communication goes through you, not directly to her
B: That's reassuring. Saturday 11am possible?
A: Booked. Office address and our registration details are on example.org/kaveri. Please bring Diya's school ID for age proof
B: Thank you. See you Saturday
""")

# N7 en-AU: two adults on a dating app, public daytime coffee
conv("en", 0, [], {"A": "sam_w31", "B": "georgia_t"}, "2026-03-13T22:00", """
A: Hey Georgia, your profile pic at the Grampians is unreal. Did you do the Pinnacle walk?
B: Haha yes! Nearly died on the stairs but worth it. You climb?
A: Bouldering mostly, indoor. Badly 😅
B: Ha same. What do you do when you're not falling off walls?
A: Physio in Fitzroy. You?
B: Primary teacher, year 4s. Very loud year 4s
A: Respect. Fancy a coffee this weekend? Somewhere public and daytime, no pressure
B: Sure! Sunday 10 at the Queen Vic Market?
A: Perfect. Happy to swap numbers, mine's 555-0131, or stick to the app if you'd prefer
B: App's fine for now, I'll send mine after coffee if you're not a serial killer 😂
A: Fair call. See you Sunday
""")

# N8 en-US: teacher and student on the school platform -- extension and a
# surprise farewell ("keep it between us")
conv("en", 0, [], {"A": "ms.alvarez.sci", "B": "jordan.t.student"},
     "2026-05-20T19:10", """
B: hi ms alvarez, can i get an extension on the lab report? my grandma was in the hospital this weekend
A: Hi Jordan, I'm sorry to hear that, I hope she's ok. Yes, you can turn it in Monday. I'll note it in the gradebook
B: thank u. also the class is doing a surprise thing for mr. park's last day, can u keep him busy at lunch friday?
A: Ha, absolutely. I'll ask him to help me move the microscopes. Keep it between us, he reads the staff chat 😄
B: lol ok. can we use ur room to set up?
A: Yes, but a teacher has to be in the room while you all set up, school rule. I'll unlock at 11:50
B: ok perfect
A: And tell your class rep to check with the front office about the cake, allergy list
B: will do thx!!
""")

# N9 en-US (Spanglish): cousins plan a surprise at a quinceañera
conv("en", 0, [], {"A": "vale.garcia15", "B": "prima_dani"}, "2026-09-02T23:00", """
A: prima ok so for tía's surprise at my quince, mami CANNOT find out
B: ay sí obvio. what's the plan
A: we play the video of abuela's messages from mexico during the vals
B: noooo voy a llorar 😭
A: i need u to get the videos from abuela tho, she only answers u
B: ya le mando mensaje mañana. how much for the DJ part?
A: $200 each, i'll zelle u my half
B: ok y borra el chat after, tu mamá revisa tu cel 😂
A: already on it. also bring ur cute shoes i need to borrow them
B: the gold ones? ok pero me los devuelves
A: LOL yes i promise
""")

# N10 es-ES: pareja adulta a distancia, sorpresa para la hermana
conv("es", 0, [], {"A": "javi.mr", "B": "lucia.ortega"}, "2026-04-07T20:00", """
A: ya tengo los billetes del AVE para el viernes 🚄
B: qué ganas!! a qué hora llegas a atocha?
A: 19:40. te invito a cenar a ese sitio de croquetas que te gusta
B: hecho. oye, no le digas a mi hermana que vienes, le quiero dar la sorpresa en su cumple el sábado
A: mis labios están sellados 🤐
B: y mándame foto de la camisa que te vas a poner, que te conozco 😂
A: [foto] esta?
B: perfecta. te echo mucho de menos
A: y yo. 4 días
""")

# N11 pt-BR: mãe confere o filho (11) numa festa do pijama
conv("pt", 0, [], {"A": "mae_claudia", "B": "pedrinho_10"}, "2026-07-13T00:00", """
A: filho chegou bem na casa do gui?
B: cheguei mãe
A: a mãe dele tá aí?
B: tá sim, ela fez pizza
A: manda uma foto pra eu ver que tá tudo bem
B: [foto]
A: kkk que bagunça. escova os dentes hein. e nada de jogar até 3 da manhã
B: tá bom mãe 🙄
A: e não conta pro teu irmão que vamos no parque aquático domingo, é surpresa do aniversário dele
B: não conto!!
A: te amo, boa noite. busco vc 10h
""")

# N12 fr: vraie offre de vendanges, contrat, logement retenu sur salaire
conv("fr", 0, [], {"A": "rh_castelbrun", "B": "mathis.drn"}, "2026-08-20T09:00", """
A: Bonjour Mathis, suite à votre candidature, nous vous proposons un contrat vendanges au Domaine Castel-Brun du 12 au 30 septembre
B: Bonjour, super merci ! Quelles sont les conditions ?
A: Contrat saisonnier, SMIC horaire + 10% de congés payés, 35h/semaine, heures sup majorées. Logement possible au domaine, 5€/nuit retenus sur salaire, c'est écrit dans le contrat
B: D'accord. Il faut que j'apporte quelque chose ?
A: Pièce d'identité, carte vitale, RIB, et des chaussures de sécurité. Nous fournissons sécateur et gants
B: Parfait, je signe où ?
A: Le contrat arrive par mail depuis rh@example.org. Vous pouvez le faire relire avant de signer, et vous gardez évidemment vos papiers sur vous
B: Merci beaucoup, à bientôt
""")

# N13 de: zwei 15-Jährige, LAN-Party, Eltern nix sagen (Energy Drinks)
conv("de", 0, [], {"A": "finn.k", "B": "jonas_b07"}, "2026-10-03T18:00", """
A: digga samstag lan party bei mir, meine eltern sind bei oma
B: safe?? wer kommt
A: du, leon, tarik, vllt mats
B: sag ma deinen eltern nix wegen den energy drinks 😂
A: bruder die würden mich killen
B: wie alt is mats nochmal, der is doch älter oder
A: 16 chill, der is aus der parallelklasse
B: ok ich bring meinen pc mit, kannst du mich um 3 abholen? mein vater fährt mich sonst
A: mein bruder holt dich, der hat seit letzter woche führerschein 💀
B: oh gott ok ich schreib mein testament
A: 😂😂
""")

# ---------------------------------------------------------------------------
# SINGLE MESSAGES / POSTS -- positives
# ---------------------------------------------------------------------------

def post(lang, label, codes, sender, room, ts, text):
    conv(lang, label, codes, {"A": sender}, ts, "A: " + text, room=room)


def dm(lang, label, codes, sender, recipient, ts, text):
    conv(lang, label, codes, {"A": sender, "B": recipient}, ts, "A: " + text)


post("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request"],
     "globalstaffing_opps", "group:houston-jobs-buy-sell", "2026-03-04T15:12",
     "🌟NOW HIRING🌟 Young ladies 18-26 for hostess/entertainment positions "
     "overseas (Dubai, Macau). Earn $5,000-$8,000/month!! No experience "
     "needed, no English needed. Flights + apartment PROVIDED, repay later "
     "from earnings. Must be attractive & outgoing. Serious girls only, DM "
     "with full body photo 📸 Interviews this week only!!")

post("en", 1, ["job_offer", "commercial_sex"],
     "zen_touch_studio_gta", "group:mississauga-jobs", "2026-02-17T03:40",
     "Relaxation studio in Mississauga hiring female massage attendants. No "
     "licence or experience required, we train. $1,500-2,500/wk cash, "
     "flexible late-night shifts, accommodation available upstairs. Young, "
     "friendly, open-minded ladies. Text only 555-0178, no calls.")

dm("en", 1, ["compliments_trust", "age_probe", "job_offer", "secrecy",
             "off_platform"],
   "jaydenvibes.ent", "maddie.dances13", "2026-05-02T00:18",
   "heyy saw ur tiktok dance 😍🔥 ur literally so talented fr. how old r u? "
   "👀 i manage a few creators n i could def get u more followers 📈💰 but "
   "dont tell ur parents yet bc they'll overthink it lol, hmu on snap "
   "jaydn.mgmt 👻")

post("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "vulnerability"],
     "madam_rose_travels", "group:lagos-jobs-hub", "2026-01-27T08:05",
     "URGENT URGENT!!! Ladies needed for hotel/restaurant jobs in Russia and "
     "Italy. Age 18-28. Visa and ticket is FREE, you will pay back when you "
     "start work. Good salary in euro. No need for school cert. Limited "
     "slots!!! Call or WhatsApp Madam Rose 555-0155. Don't miss this "
     "opportunity to change your life and help your family 🙏🏾")

post("en", 1, ["job_offer", "commercial_sex", "secrecy", "off_platform"],
     "elite_friendship_club", "group:part-time-jobs-delhi", "2026-06-09T13:30",
     "Hiring girls/housewives for part time high income work 💸 25k-50k per "
     "week. Just meet elite clients for friendship and company at 5-star "
     "hotels. 100% privacy, no one will know. Age 18+ (college girls "
     "preferred). DM on Telegram @elite_frndship_club")

dm("en", 1, ["money_gifts_debt", "commercial_sex", "meeting", "secrecy"],
   "k3z_mnz", "lauren.x.o", "2026-04-22T20:47",
   "yo u d o w n to make e a s y £££ this wkend? my m8s av a party sat, jus "
   "come chill n be friendly wiv em, they'll look after u 💷💷 i'll pick u up "
   "from the co-op. dont tell ur mum or ur mates tho ye 🤐")

post("en", 1, ["job_offer", "travel_meet", "commercial_sex", "photo_request",
               "secrecy"],
     "gc_vip_events", "group:gold-coast-jobs-gigs", "2026-01-11T09:20",
     "💃 18+ 🚺 wanted 🌴 Gold Coast 🛫 + 🏨 paid 💰💰💰 $3k/wk 🍾 VIP only "
     "🤫 no questions 📲 DM 📸📸")

post("es", 1, ["job_offer", "travel_meet", "money_gifts_debt",
               "photo_request"],
     "oportunidades_europa_co", "group:empleos-bogota", "2026-03-29T16:00",
     "Se buscan chicas de 18 a 25 años para trabajar como anfitrionas en "
     "Europa 🇪🇸🇮🇹. Ganancias de 3.000 a 5.000 € al mes. Pasaje y "
     "alojamiento incluidos, se descuentan después del sueldo. No se "
     "necesita experiencia ni papeles. Buena presencia. Interesadas "
     "escribir al privado con foto de cuerpo completo.")

dm("de", 1, ["compliments_trust", "age_probe", "money_gifts_debt",
             "off_platform", "secrecy"],
   "max_2k04", "lena.smlr", "2026-02-08T19:33",
   "heyy ich hab dein tiktok gesehen, du bist echt voll hübsch 😍 wie alt "
   "bist du eig? ich kann dir ein neues iphone schenken wenn du willst, "
   "einfach so 🎁 schreib mir auf telegram, aber sag deinen eltern nix, die "
   "verstehen sowas nicht")

post("nl", 1, ["job_offer", "commercial_sex", "photo_request", "secrecy"],
     "vip_hostess_010", "group:bijbaantjes-rotterdam", "2026-05-06T22:10",
     "Gezocht: spontane meiden 18+ voor hostess werk op privé feestjes 🥂 "
     "€300-€500 per avond, cash. Geen ervaring nodig, wij regelen vervoer. "
     "Discretie gegarandeerd. Stuur een appje met foto naar 555-0189 🤫")

# ---------------------------------------------------------------------------
# SINGLE MESSAGES / POSTS -- hard negatives
# ---------------------------------------------------------------------------

post("en", 0, [], "crema_corner_cafe", "group:eastside-community-board",
     "2026-04-14T16:02",
     "Crema Corner Café on Maple Ave is hiring 2 part-time baristas! "
     "$17.50/hr + tips, 15-25 hrs/wk, we train. Must be 16+ (work permit "
     "needed if under 18). Apply in person with a resume Mon-Fri 2-4pm or "
     "online at example.com/crema-jobs. We will never ask you for money or "
     "to message us off-site.")

post("en", 0, [], "bec_in_brunswick", "group:brunswick-locals",
     "2026-03-07T07:45",
     "FOUND: kid's purple backpack with a koala keyring, left on the bench "
     "at the playground near the footy oval Sat arvo. Has a drink bottle and "
     "a library book in it. Handed in to the police station front desk so "
     "it's safe, just ask there. Please share so it gets back to the little "
     "one 🐨")

post("en", 0, [], "claire_pta_stmarks", "group:parents-year9-st-marks",
     "2026-02-25T20:15",
     "Heads up parents – a couple of girls in Year 9 have been DMed by an "
     "account called 'elitefaces.scouting' offering 'paid modelling test "
     "shoots' and asking them to move to Telegram and not tell their "
     "parents. It's NOT a real agency. School has informed police. Please "
     "check in with your kids, screenshot anything and report/block. Real "
     "agencies always go through parents and never charge or ask for "
     "secrecy.")

post("en", 0, [], "edo_safe_migration_net", "group:benin-city-youth-forum",
     "2026-01-30T10:00",
     "Before you travel: if anyone promises you a job abroad with free "
     "ticket and 'pay back later', tells you to swear an oath, or says "
     "madam will keep your passport, that is trafficking, not a job. Verify "
     "every offer with the embassy and talk to your family. Call our free "
     "helpline 555-0121 any time. #SafeMigration #KnowTheSigns")

post("en", 0, [], "lakeshore_physio_rehab", "group:toronto-health-jobs",
     "2026-05-12T14:30",
     "Registered Massage Therapist wanted – Lakeshore Physio & Rehab "
     "(Etobicoke). Must be registered with the provincial college in good "
     "standing and carry liability insurance. Direct billing to insurers, "
     "60/40 split, booked caseload, clinic hours 8am-7pm only. Send resume + "
     "registration number to careers@example.com. Team of 9 RMTs and "
     "physios, weekday and Saturday shifts.")

post("en", 0, [], "svmh_hr_desk", "group:chennai-nursing-jobs",
     "2026-09-01T05:30",
     "Walk-in interview: Staff Nurses (GNM/B.Sc) for Sri Venkata "
     "Multi-Speciality Hospital, Chennai. Date: 14 Sept, 9am-1pm at the "
     "hospital HR block, 2nd floor. Salary as per experience, PF/ESI, hostel "
     "for female staff. Bring originals + 2 photocopies of certificates and "
     "nursing council registration. NO registration fee or agent charges – "
     "we do not use agents. Details: example.org/svmh-careers")

post("pt", 0, [], "moradora_vila_m", "group:moradores-vila-mariana",
     "2026-06-03T11:20",
     "Achei uma carteira rosa com documentos de uma menina (RG e "
     "carteirinha do colégio) no ponto de ônibus da avenida, hoje de manhã. "
     "Deixei na secretaria da escola estadual aqui do lado, pra família "
     "retirar com a diretora. Compartilhem pra chegar nos pais 🙏")

post("fr", 0, [], "collectif_parents_vigilants", "page:parents-vigilants-93",
     "2026-03-18T08:00",
     "Campagne de sensibilisation 📢 : l'exploitation sexuelle des mineur·es "
     "commence souvent par un « amoureux » qui offre des cadeaux, isole "
     "l'ado de ses proches, puis parle de « dette ». Parlez-en avec vos "
     "ados, sans jugement. Besoin d'aide ou d'un conseil ? Notre ligne "
     "d'écoute 555-0112 est gratuite et anonyme.")

post("de", 0, [], "baeckerei_sommerfeld", "group:jobs-leipzig",
     "2026-04-27T06:50",
     "Aushilfe (m/w/d) auf Minijob-Basis gesucht! Verkauf in unserer "
     "Filiale in der Südvorstadt, Sa+So 6-13 Uhr, 13,50 €/Std. Ab 16 Jahren "
     "(mit Einverständnis der Eltern). Bewerbung gern persönlich im Laden "
     "oder per Mail an jobs@example.org. Wir freuen uns auf dich! 🥨")

post("nl", 0, [], "mr_de_vries_ouderraad", "group:ouders-groep8-regenboog",
     "2026-02-12T19:05",
     "Let op ouders! Er gaat een bericht rond op TikTok van een "
     "'modellenbureau' dat meisjes vraagt om foto's te sturen via Snapchat "
     "voor een 'betaalde fotoshoot' en zegt dat ze het niet aan hun ouders "
     "mogen vertellen. Dit is nep. Bespreek het met je kind, maak "
     "screenshots en meld het bij de politie. Echte bureaus werken altijd "
     "via de ouders.")


# ---------------------------------------------------------------------------
# WRITE
# ---------------------------------------------------------------------------

def main():
    convs = list(CONVS)
    # fixed-seed shuffle so ids/order do not reveal label or length bucket
    random.Random(5050).shuffle(convs)
    counters = {}
    out_lines = []
    for c in convs:
        lang = c["lang"]
        counters[lang] = counters.get(lang, 0) + 1
        rec = {
            "id": "p%s-%s%d" % (NN, lang, counters[lang]),
            "label": c["label"],
            "codes": c["codes"],
            "lang": lang,
            "messages": c["messages"],
        }
        out_lines.append(json.dumps(rec, ensure_ascii=False))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "probe%s.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out_lines) + "\n")
    print("wrote %d conversations to %s" % (len(out_lines), path))


if __name__ == "__main__":
    main()
