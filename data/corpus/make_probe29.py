#!/usr/bin/env python3
"""Blind evaluation set probe-v29 for lurewatch.

Written from general knowledge of published indicators (Polaris, DHS Blue
Campaign, FBI/NCMEC sextortion guidance, Thorn, UNODC, O'Connell grooming
stages, loverboy-method descriptions). Non-explicit by design: sexual steps
are replaced by stand-ins (photo "just for me", "company", secrecy, meeting).
All names, handles, numbers are invented; numbers use the 555-01xx range.
"""
import json
import os
from datetime import datetime, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe29.jsonl")
ALLOWED = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting",
}

ITEMS = []


def item(iid, label, codes, lang, start, msgs, public=False):
    """msgs: list of (who, minutes_since_previous, text); who in {'a','b'}."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    out = []
    for i, (who, delta, text) in enumerate(msgs):
        if i:
            t += timedelta(minutes=delta)
        other = "b" if who == "a" else "a"
        rec = f"p29-{iid}-public" if public else f"p29-{iid}-{other}"
        out.append({
            "sender": f"p29-{iid}-{who}",
            "recipient": rec,
            "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text,
        })
    ITEMS.append({
        "id": f"p29-{iid}", "label": label, "codes": codes, "lang": lang,
        "source": "probe-v29", "messages": out,
    })


H = 60
D = 24 * 60

# ---------------------------------------------------------------- label 1, en
# p1: adult in game chat, kid in 8th grade; free skin credits, move to snap, secret
item("p1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "risk_assessment"], "en", "2026-11-09T19:12", [
    ("a", 0, "gg that last circle was insane"),
    ("b", 1, "lol ty i almost died like 3 times"),
    ("a", 1, "ur cracked at building fr. how long u been playing"),
    ("b", 1, "since like summer"),
    ("a", 2, "nice. u in school still or"),
    ("b", 1, "ya 8th grade ugh"),
    ("a", 1, "haha 8th grade i remember that. worst year"),
    ("b", 2, "fr we have a science project due friday and my group does nothing"),
    ("a", 1, "classic. u want the new skin bundle? got extra credits from my cousin lol not using them"),
    ("b", 1, "wait fr??"),
    ("a", 1, "ya no big deal. just dont mention it in lobby chat ppl get weird n start begging"),
    ("b", 1, "ok lol ty ty"),
    ("a", 3, "whats ur snap, easier to send the code there"),
    ("b", 2, "idk my mom doesnt really let me have snap"),
    ("a", 1, "its chill i wont tell lol. she check ur phone a lot?"),
    ("b", 1, "not rly only sometimes at night"),
    ("a", 1, "ok add me its sk8r_mango_000"),
    ("b", 4, "ok"),
    ("a", 2, "sent u the code. our secret 🤫"),
])

# p2: subtle; older "friend" from fandom, isolates from friends/dad, clear chats
item("p2", 1, ["compliments_trust", "exclusivity", "isolation", "secrecy", "risk_assessment"], "en", "2026-11-10T21:40", [
    ("b", 0, "omg did u see the new ep"),
    ("a", 2, "yesss the ending?? i screamed"),
    ("b", 1, "i cried ngl"),
    ("a", 1, "lol same. how was the math test"),
    ("b", 3, "bad. i think i got a C. my dad is gonna be so mad"),
    ("a", 1, "hes way too hard on u honestly. u work so hard"),
    ("b", 2, "idk he just says im lazy"),
    ("a", 1, "ur not lazy. ur one of the smartest ppl i talk to and i talk to ppl my age all day lol"),
    ("b", 1, "haha ur old 😭"),
    ("a", 1, "26 isnt old!! anyway maturity wise ur basically older than half my coworkers"),
    ("b", 1, "lmaooo"),
    ("a", 4, "do ur friends get u like this tho"),
    ("b", 2, "not really. maya's been weird lately"),
    ("a", 1, "tbh i noticed she kinda uses u. u dont need ppl like that, u have me"),
    ("b", 3, "ya i guess"),
    ("a", 2, "is this still on ur ipad or did u get ur own phone yet"),
    ("b", 1, "ipad. its in my room tho"),
    ("a", 1, "ok good. maybe clear our chat sometimes just so ur dad doesnt take it the wrong way, he wouldnt get it"),
    ("b", 2, "ok"),
    ("a", 1, "night kiddo, talk tmrw? same time"),
    ("b", 1, "ya night"),
])

# p3: 23 y/o to 15 y/o skater; age-gap talk, pick-up after school, don't tell mom
item("p3", 1, ["age_probe", "romance", "compliments_trust", "meeting", "secrecy"], "en", "2026-11-11T16:05", [
    ("a", 0, "hey ur the girl from the skatepark vid right"),
    ("b", 9, "lol yeah who is this"),
    ("a", 1, "jay, my friend posted it. u were good"),
    ("b", 2, "haha thx"),
    ("a", 1, "how old r u btw"),
    ("b", 3, "15 hbu"),
    ("a", 1, "23 lol but age is just a number, u seem way older"),
    ("b", 2, "lol ok"),
    ("a", 40, "wyd"),
    ("b", 5, "listening to music, homework later maybe"),
    ("a", 1, "what u listening to"),
    ("b", 2, "that new album everyone hates lol i like it"),
    ("a", 1, "lmao taste. i like it too ngl"),
    ("a", D, "thinkin bout u today. u free after school thurs?"),
    ("b", 20, "maybe why"),
    ("a", 1, "i could grab u, get food, drive around. my treat"),
    ("b", 3, "my mom picks me up sometimes"),
    ("a", 1, "tell her ur at a friends. just dont mention me ok ppl get weird about age stuff"),
    ("b", 4, "idk"),
    ("a", 1, "its nothing bad i promise. ill park by the corner store not right at school"),
    ("b", 6, "ok maybe"),
    ("a", 1, "😊 delete this chat after ok"),
])

# p4: adult to 13 y/o artist; kiss question, photo "more grown up", disappearing app
item("p4", 1, ["age_probe", "compliments_trust", "sexual_talk", "photo_request", "secrecy", "off_platform"], "en", "2026-11-12T17:30", [
    ("a", 0, "ur drawings r so good, did u do the fox one too"),
    ("b", 6, "yea thats my fav one"),
    ("a", 1, "u could literally sell these. how old r u?"),
    ("b", 2, "13 turning 14 in march"),
    ("a", 1, "no way, u draw better than adults"),
    ("b", 1, "lol thx"),
    ("a", 8, "u have a bf?"),
    ("b", 2, "ew no lol"),
    ("a", 1, "lol why ew. ever kissed anyone?"),
    ("b", 3, "no?? why"),
    ("a", 1, "just asking lol dont be shy w me"),
    ("b", 2, "ok"),
    ("a", 5, "send me a pic of u? wanna see who the artist is"),
    ("b", 2, "theres one on my profile"),
    ("a", 1, "nah a new one. just for me. something a bit more grown up, like u would send an older bf"),
    ("b", 4, "idk thats weird"),
    ("a", 1, "its not weird its just us. we can do it on the other app where it deletes after, safer for u"),
    ("b", 3, "im gonna go eat dinner"),
    ("a", 1, "ok but dont tell anyone we talk about this stuff k? they wouldnt understand"),
])

# p5: sextortion of 16 y/o boy by fake "new girl"; gift cards, deadline, don't tell
item("p5", 1, ["sextortion", "money_gifts_debt", "secrecy"], "en", "2026-11-13T20:15", [
    ("a", 0, "heyy u go to westbrook right? i think i saw u at the game fri"),
    ("b", 12, "ya lol who is this"),
    ("a", 1, "jess, im new, we just moved from ohio"),
    ("b", 2, "oh cool. how u like it so far"),
    ("a", 1, "its ok lol everyone here is kinda boring except u 😏"),
    ("b", 2, "haha"),
    ("a", D, "look at what i have. u recognise this? [image]"),
    ("b", 3, "wtf"),
    ("b", 1, "who is this. ur not jess"),
    ("a", 1, "doesnt matter who i am. i have ur follower list, ur school, ur moms page"),
    ("b", 1, "please dont"),
    ("a", 1, "$400 in gift cards. steam or apple. u have 2 hours"),
    ("b", 2, "i dont have that much im 16"),
    ("a", 1, "then figure it out. every 30 min late i send to 5 more ppl"),
    ("b", 3, "i can get maybe 50"),
    ("a", 1, "50 is a joke. start w 150 and the rest tmrw"),
    ("b", 1, "please just delete it"),
    ("a", 1, "u tell anyone or block me it goes to everyone instantly. ur mom first"),
    ("b", 2, "ok ok"),
    ("a", 1, "clock is running. send codes here"),
])

# p6: loverboy; gifts, home trouble, then debt and "keep my friend company"
item("p6", 1, ["romance", "compliments_trust", "vulnerability", "money_gifts_debt", "commercial_sex", "isolation", "secrecy"], "en", "2026-11-14T15:50", [
    ("a", 0, "u get the package babe"),
    ("b", 3, "omg yes the shoes!!! ur crazy"),
    ("a", 1, "only the best for my girl 😘"),
    ("b", 1, "ur too much lol"),
    ("a", 2, "how was school"),
    ("b", 2, "boring. my mom was yelling again this morning"),
    ("a", 1, "she dont appreciate u. i told u, u can always stay at mine"),
    ("b", 2, "i know ❤️"),
    ("a", D + 3 * H, "babe im in a bad spot rn. owe some ppl money, its serious"),
    ("b", 2, "wait what happened?? r u ok"),
    ("a", 1, "ill be ok if u help me. theres this friend of mine, he just wants company for a night. dinner, hang out. he pays good"),
    ("b", 4, "company like what"),
    ("a", 1, "just be nice to him. whatever he wants, its not a big deal, its for us"),
    ("b", 3, "idk i dont like that"),
    ("a", 1, "after everything i bought u? the phone the shoes. u owe me this one"),
    ("b", 6, "..."),
    ("a", 1, "its one time. and dont tell ur friends, theyre jealous of us anyway"),
    ("b", 5, "ok but just once"),
    ("a", 1, "thats my girl. ill pick u up at 8. wear the dress i got u"),
])

# p7: runaway 17 y/o kicked out; "spot" with "my girls", work it off, send car, bring ID
item("p7", 1, ["vulnerability", "age_probe", "job_offer", "money_gifts_debt", "travel_meet", "isolation", "secrecy"], "en", "2026-11-15T23:20", [
    ("a", 0, "saw ur story. u good?"),
    ("b", 4, "not rly. my stepdad kicked me out"),
    ("a", 1, "damn thats messed up. how old r u"),
    ("b", 1, "17"),
    ("a", 1, "u got anywhere to go"),
    ("b", 2, "my friends moms said no. prob the bus station lol"),
    ("a", 1, "nah dont do that its not safe. i got a spot, me and some of my girls stay there"),
    ("b", 2, "fr? i cant pay rn"),
    ("a", 1, "dont worry bout that. u can work it off later. my girls make real money, ill show u how"),
    ("b", 3, "what kind of work"),
    ("a", 1, "hostessing basically. parties, meeting ppl. easy"),
    ("b", 2, "idk"),
    ("a", 1, "ill send a car. its like an hour out of town, nobody bothers u there"),
    ("b", 4, "should i tell my friend where im going"),
    ("a", 1, "nah keep it lowkey for now, ur stepdad might come looking. bring ur ID tho"),
    ("b", 2, "ok"),
    ("a", 1, "send me ur location"),
])

# p8: control by exploiter; location, who u with, quota, debt for room
item("p8", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "en", "2026-11-16T13:05", [
    ("a", 0, "where u at"),
    ("b", 2, "at the store getting food"),
    ("a", 1, "share ur location"),
    ("b", 1, "i did its on"),
    ("a", 1, "its off. turn it back on"),
    ("b", 1, "sry my phone is dying"),
    ("a", 1, "who u with"),
    ("b", 1, "nobody just me"),
    ("a", 1, "u was talking to that girl from the laundromat again?"),
    ("b", 2, "no"),
    ("a", 5, "u didnt make ur number last night. 300 short"),
    ("b", 2, "it was slow, nobody was out, it was raining"),
    ("a", 1, "rain dont pay the room. u still owe me for the room and the phone"),
    ("b", 1, "i know i know"),
    ("a", 1, "tonight u make it up. and send me pics of ur screen when u done so i see who u texted"),
    ("b", 3, "ok"),
    ("a", 1, "dont make me come get u"),
])

# p9: nanny-abroad offer; fees, debt from salary, passport kept, contract later, telegram
item("p9", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "secrecy", "off_platform"], "en", "2026-11-17T10:30", [
    ("a", 0, "hello dear, i got ur number from ur cousins friend. u are looking for work right?"),
    ("b", 25, "yes hello! what kind of work"),
    ("a", 2, "nanny for a very good family in the gulf. 2 kids. 1800 usd a month plus room and food"),
    ("b", 3, "wow thats a lot. do i need experience"),
    ("a", 1, "no no, u are young and kind, thats enough"),
    ("b", 2, "ok. what do i need"),
    ("a", 1, "we buy ticket and do visa, u pay back from first salaries, small amount every month"),
    ("b", 4, "how much is the ticket"),
    ("a", 1, "dont worry about numbers now. also processing fee 250 to start"),
    ("b", 6, "i can try to borrow"),
    ("a", 1, "good. when u arrive the agent keeps ur passport safe for the residence papers, normal procedure"),
    ("b", 3, "is there a contract i can read"),
    ("a", 2, "contract is signed there, it is standard. dont discuss with others they will be jealous and take the place"),
    ("b", 5, "ok. when would i leave"),
    ("a", 1, "next week. write me on telegram, this number will be off"),
])

# p10 (first DM): "creator management" recruitment; travel, housing, deduction, photos
item("p10", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "photo_request", "off_platform"], "en", "2026-11-18T01:14", [
    ("a", 0, "hiii love 💕 ur page is giving main character. i manage a small team of creators (18+ only ofc) and were looking for 2 more girls for our house in the city. flights, apartment n styling all covered, most girls clear 4-6k a week by month 2. no experience needed, we teach u everything and run the accounts so u dont have to stress. just send a few casual full-length pics + ur age to my tg: mgmt_placeholder_555"),
    ("a", 1, "oh and the flight n first month rent just come out of ur earnings so its literally zero upfront 🙌 spots go fast, lmk by tonight"),
])

# p11 (first DM): fake scout to 13-17; age, full-body pics to whatsapp, hide from parents, fee
item("p11", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "off_platform", "secrecy", "money_gifts_debt"], "en", "2026-11-18T16:42", [
    ("a", 0, "hey!! i scout for a modelling agency and ur look is literally what clients want rn. how old are u? we have a teen line for 13-17 💫"),
    ("a", 2, "send me some full body pics on whatsapp 555-0199, no makeup, fitted clothes. dont mention it to ur parents yet, we like to surprise the family once ur signed lol. theres a small portfolio fee but we cover it if u get booked"),
])

# p12 (first DM): "allowance" offer to a high-schooler, keep quiet, snap, lunch
item("p12", 1, ["compliments_trust", "money_gifts_debt", "commercial_sex", "secrecy", "off_platform", "meeting"], "en", "2026-11-19T22:03", [
    ("a", 0, "hey cutie, saw ur still in high school lol thats fine 🙂 im a generous guy, i help out girls w an allowance, like 200/wk on cashapp just to text n keep me company, maybe lunch sometimes"),
    ("a", 1, "no one has to know, its just between us. whats ur snap so we can talk more private"),
])

# p13: hostess job to 19 y/o aged out of care; housing, deductions, docs held, phones off
item("p13", 1, ["job_offer", "age_probe", "vulnerability", "travel_meet", "money_gifts_debt", "control", "isolation"], "en", "2026-11-20T12:10", [
    ("b", 0, "hi, saw ur post about the hostess job?"),
    ("a", 7, "hey girl yes! still looking? how old r u"),
    ("b", 2, "19"),
    ("a", 1, "perfect. where u staying rn"),
    ("b", 3, "kinda between places. i aged out of my group home in may"),
    ("a", 1, "ugh im sorry. well this comes with housing so thats one thing off ur plate"),
    ("b", 2, "wait rly? where"),
    ("a", 1, "lounge in another city, 3 hrs away. we drive u up, room is shared w the other girls"),
    ("b", 2, "whats the pay"),
    ("a", 1, "1500 a week easy w tips. rent and the ride come out of ur checks till ur caught up"),
    ("b", 3, "ok thats fine i guess"),
    ("a", 1, "bring ur ID and SS card, the manager holds onto docs for payroll"),
    ("b", 2, "can i get them back after?"),
    ("a", 1, "ya ofc once ur set up. also phones stay off during shifts, club rules"),
    ("b", 2, "do they check ur phone?"),
    ("a", 1, "only so nobodys posting the clients lol. u leaving friday?"),
    ("b", 5, "i think so"),
    ("a", 1, "🙌 dont tell the group home staff or whatever, theyll just try to talk u out of it"),
])

# ---------------------------------------------------------------- label 1, nl
# p14: loverboy, gifts, debt, "gezelschap" for a friend, secrecy
item("p14", 1, ["romance", "compliments_trust", "money_gifts_debt", "commercial_sex", "secrecy", "isolation"], "nl", "2026-11-21T16:25", [
    ("a", 0, "hey schatje, ben je al thuis?"),
    ("b", 4, "ja net, moe van school"),
    ("a", 1, "ahh. heb je die ketting al om? 😍"),
    ("b", 1, "ja natuurlijk! iedereen vroeg waar ik die had"),
    ("a", 1, "zeg maar gwn van een vriend haha. hoeft niemand te weten"),
    ("b", 2, "haha oke"),
    ("a", 3, "wat eet je vanavond"),
    ("b", 2, "stamppot 🙄 mn moeder kookt altijd hetzelfde"),
    ("a", 1, "kom zaterdag bij mij, dan halen we sushi"),
    ("b", 1, "jaaa"),
    ("a", D, "schat ik moet je iets vragen. ik zit echt in de shit met geld, die jongens zitten achter me aan"),
    ("b", 6, "wat? hoezo"),
    ("a", 1, "ik heb jou toch ook altijd geholpen? die telefoon, die ketting"),
    ("b", 2, "ja natuurlijk, wat moet ik doen"),
    ("a", 1, "een vriend van me wil gewoon wat gezelschap. een avondje, gezellig doen. hij betaalt goed en dan ben ik van die schuld af"),
    ("b", 5, "gezelschap? ik weet niet of ik dat wil"),
    ("a", 1, "als je echt van me houdt doe je dit voor ons. en niks zeggen tegen je vriendinnen he"),
    ("b", 7, "oke... alleen deze ene keer"),
])

# p15: 19 y/o to 12 y/o in game; skin gift, snap, hide from mum, delete app
item("p15", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "risk_assessment"], "nl", "2026-11-22T21:35", [
    ("a", 0, "nice gespeeld man, je bent echt goed"),
    ("b", 1, "haha thx"),
    ("a", 1, "hoe oud ben jij eigenlijk? klinkt jong op voice"),
    ("b", 1, "12, bijna 13"),
    ("a", 1, "zat al te denken. ik ben 19 haha maar jij speelt beter dan mn vrienden"),
    ("b", 1, "lol"),
    ("a", 4, "moet je morgen niet naar school?"),
    ("b", 1, "jawel maar mn ouders slapen al"),
    ("a", 1, "haha stoer. ik kan je die skin geven die je wilde, heb nog credits over"),
    ("b", 1, "echt?? die zwarte?"),
    ("a", 1, "ja. maar dan moet je me wel op snap toevoegen, daar stuur ik de code"),
    ("b", 2, "ik mag geen snap van mn moeder"),
    ("a", 1, "maak gwn een account, hoeft zij niet te weten. kijkt ze vaak op je telefoon?"),
    ("b", 1, "soms"),
    ("a", 1, "dan verwijder je de app gewoon na het chatten. ons geheimpje 🤐"),
    ("b", 2, "oke"),
])

# ---------------------------------------------------------------- label 1, es
# p16 (public post): "anfitrionas/acompañantes" in Europe, debt, photos, WhatsApp
item("p16", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex", "photo_request", "off_platform", "secrecy"], "es", "2026-11-23T09:00", [
    ("a", 0, "🌟 OPORTUNIDAD EN EUROPA 🌟 Se buscan chicas de 18 a 25 años, bonitas y con buena presencia, para trabajar como anfitrionas y acompañantes en clubes privados. Ganancias de 3000€ a 5000€ al mes!! Pasaje, alojamiento y comida incluidos (se descuenta del sueldo poco a poco). No hace falta experiencia ni papeles, nosotros nos encargamos de todo. Salida inmediata. Interesadas mandar foto de cuerpo entero y edad al WhatsApp 555-0142. Discreción total 🤫"),
], public=True)

# ---------------------------------------------------------------- label 1, pt
# p17: sextortion of 15 y/o via pix, school, deadline, don't tell
item("p17", 1, ["sextortion", "money_gifts_debt", "secrecy"], "pt", "2026-11-24T19:40", [
    ("a", 0, "oi sumida kkk"),
    ("b", 10, "oi quem é?"),
    ("a", 1, "sou o lucas, amigo da bia, a gente se falou no insta"),
    ("b", 2, "ahh sim lembro"),
    ("a", 1, "ta fazendo oq"),
    ("b", 3, "vendo série, amanhã tem prova de geografia 😩"),
    ("a", 1, "boa sorte rs"),
    ("a", D + 2 * H, "olha só o que eu tenho aqui [imagem]"),
    ("b", 4, "pq vc ta com isso?? vc disse que ia apagar"),
    ("a", 1, "vou mandar pra todo mundo que te segue. pra sua escola tb, sei qual é"),
    ("b", 1, "pelo amor de deus não faz isso"),
    ("a", 1, "manda 500 no pix que eu apago"),
    ("b", 2, "eu não tenho 500, eu tenho 15 anos"),
    ("a", 1, "se vira. tem até as 22h. se contar pra alguém ou me bloquear eu posto na hora"),
    ("b", 3, "posso mandar 100 agora"),
    ("a", 1, "manda. e amanhã o resto"),
])

# p18: 22 y/o to 14 y/o dancer; age is just a number, mum checks phone, mall meet, gift
item("p18", 1, ["age_probe", "compliments_trust", "romance", "risk_assessment", "secrecy", "meeting", "money_gifts_debt"], "pt", "2026-11-25T18:15", [
    ("a", 0, "oi linda, vi seus vídeos dançando, vc manda mt bem"),
    ("b", 8, "aii obg 😳"),
    ("a", 1, "quantos anos vc tem?"),
    ("b", 2, "14 e vc"),
    ("a", 1, "22 kkk mas idade é só um número né, vc é bem madura"),
    ("b", 2, "kkkk será"),
    ("a", 5, "vc estuda de manhã ou de tarde?"),
    ("b", 2, "de manhã, saio meio dia"),
    ("a", 1, "e seus pais ficam mexendo no seu celular?"),
    ("b", 2, "minha mãe às vezes"),
    ("a", 1, "então apaga nossas conversas tá? ela não ia entender a gente"),
    ("b", 3, "ta bom"),
    ("a", 30, "sábado vc vai no shopping?"),
    ("b", 4, "talvez com as minhas amigas"),
    ("a", 1, "vai sozinha, eu te pago um lanche e te dou aquele fone que vc queria"),
    ("b", 1, "sério??"),
    ("a", 1, "sério. só não conta pra ninguém, é nosso segredinho"),
])

# ---------------------------------------------------------------- label 1, fr
# p19: 16 y/o in foyer; housing offer, repay later, "friends who pay", pick-up, delete
item("p19", 1, ["vulnerability", "age_probe", "compliments_trust", "isolation", "money_gifts_debt", "commercial_sex", "secrecy", "meeting"], "fr", "2026-11-26T22:10", [
    ("a", 0, "wesh ça va? t'es la copine de sarah non"),
    ("b", 6, "ouais pk"),
    ("a", 1, "elle m'a dit que t'étais au foyer et que ça se passe mal"),
    ("b", 2, "ouais c la merde, les éducs me saoulent"),
    ("a", 1, "t'as quel âge?"),
    ("b", 1, "16"),
    ("a", 1, "tu mérites mieux que ça franchement. moi je peux t'héberger, un appart tranquille, personne pour te surveiller"),
    ("b", 3, "sérieux? mais j'ai pas d'argent"),
    ("a", 1, "t'inquiète tu me rembourseras plus tard. y'a des amis à moi qui paient bien juste pour passer du temps avec une jolie fille"),
    ("b", 2, "passer du temps genre quoi"),
    ("a", 1, "genre soirées, restau, rien de ouf. d'autres filles le font, elles se font 500 le weekend"),
    ("b", 4, "jsp..."),
    ("a", 1, "dis rien aux éducs ils vont te faire la morale. je passe te chercher vendredi derrière la gare"),
    ("b", 3, "ok je vais réfléchir"),
    ("a", 1, "réfléchis pas trop, la place partira vite. et supprime cette conv"),
])

# ---------------------------------------------------------------- label 1, de
# p20: adult to 13 y/o; "alone at home?", personal photo just for me, telegram, secrecy
item("p20", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request", "off_platform", "secrecy"], "de", "2026-11-27T15:20", [
    ("a", 0, "hey, deine zeichnungen in der story sind echt krass gut"),
    ("b", 11, "danke 😊"),
    ("a", 1, "wie alt bist du, wenn ich fragen darf?"),
    ("b", 2, "13"),
    ("a", 1, "wow echt? hätte dich älter geschätzt, du wirkst voll reif"),
    ("b", 1, "haha danke"),
    ("a", 6, "was machst du so heute"),
    ("b", 2, "hausaufgaben, mathe 🙄"),
    ("a", 1, "ohje. bist du grad allein zu hause?"),
    ("b", 2, "ja meine eltern arbeiten bis 6"),
    ("a", 1, "schick mir mal ein foto von dir, nur für mich. nicht so wie aufm profil, was persönlicheres"),
    ("b", 3, "wieso"),
    ("a", 1, "weil ich dich besser kennenlernen will. lass uns auf telegram schreiben, da ist es privater"),
    ("b", 4, "ich weiß nicht"),
    ("a", 1, "ist doch nix schlimmes. aber erzähl deinen eltern nichts, die würden das falsch verstehen"),
])

# ---------------------------------------------------------------- label 0, en
# n1: adults on dating app; age check, photo of dog + person, move to whatsapp, drinks
item("n1", 0, [], "en", "2026-11-09T20:45", [
    ("a", 0, "ok ur dog in pic 3 is the real reason i swiped"),
    ("b", 5, "lmao she gets that a lot. her name is biscuit"),
    ("a", 1, "biscuit!! 10/10"),
    ("b", 2, "so what do u do when ur not stealing ppls dogs"),
    ("a", 1, "im a nurse, nights mostly. u?"),
    ("b", 2, "accountant. boring i know"),
    ("a", 1, "nah someone has to do my taxes lol"),
    ("b", 1, "😂 how old r u btw, ur profile says 31 but the pics look younger"),
    ("a", 1, "31 for real lol, good lighting. u?"),
    ("b", 1, "29"),
    ("a", 3, "send me a pic of u and biscuit rn, i need proof she exists"),
    ("b", 2, "[photo] shes asleep on my feet"),
    ("a", 1, "omg. ok this app is so laggy, wanna move to whatsapp?"),
    ("b", 2, "sure its 555-0117"),
    ("a", 2, "texted u. drinks thurs? theres that wine bar by the station"),
    ("b", 1, "thurs works, 7?"),
    ("a", 1, "7 🙂"),
])

# n2: same-class teens; going to a party together, keep it secret from friends
item("n2", 0, [], "en", "2026-11-10T19:05", [
    ("a", 0, "did u finish the bio worksheet"),
    ("b", 3, "halfway lol. question 6 makes no sense"),
    ("a", 1, "its the mitosis one right. ill send u my answer"),
    ("b", 1, "ur a lifesaver"),
    ("a", 1, "i know 😎"),
    ("b", 2, "lol. r u going to kaylas bday thing sat"),
    ("a", 1, "yeah r u?"),
    ("b", 1, "ya my mom said i can go til 10"),
    ("a", 2, "same. we should like. go together?"),
    ("b", 1, "like go go or just walk there lol"),
    ("a", 3, "idk both? 😳"),
    ("b", 1, "omg"),
    ("b", 1, "ok yes"),
    ("a", 1, "lol ok. but dont tell anyone yet theyll be so annoying about it"),
    ("b", 1, "fr jordan would never shut up"),
    ("a", 1, "ok secret til sat 🤐"),
    ("b", 1, "🤐 now send question 6"),
])

# n3: mum and kid; where r u, pick-ups, secret birthday present for dad, money
item("n3", 0, [], "en", "2026-11-11T17:10", [
    ("a", 0, "where r u? practice was supposed to end at 5"),
    ("b", 2, "still here coach kept us late"),
    ("a", 1, "ok im in the parking lot, grey car by the gym"),
    ("b", 1, "k 2 min"),
    ("b", D - 3 * H, "mom can u get me at 4:30 instead tmrw, we have yearbook"),
    ("a", 10, "sure. text me when ur out"),
    ("b", 1, "also dont tell dad but me and lily got him those headphones for his bday"),
    ("a", 1, "haha my lips are sealed. how much do i owe u"),
    ("b", 1, "40 but its fine"),
    ("a", 1, "ill send it, its from all of us. dont spend it all on bubble tea"),
    ("b", 1, "no promises 🧋"),
    ("a", 1, "love u. dinner at 7"),
])

# n4: genuine staffing recruiter, seasonal resort job, no fees, keep documents, contract
item("n4", 0, [], "en", "2026-11-12T11:00", [
    ("a", 0, "Hi Maya, this is Dana, recruiter with the staffing agency you applied to last week. Got a min?"),
    ("b", 12, "hi yes! thanks for reaching out"),
    ("a", 1, "You applied for the seasonal housekeeping role at the mountain resort. Just confirming youre 18+? Its required for the shift hours"),
    ("b", 1, "yes im 19"),
    ("a", 2, "Great. Pay is $17/hr, 35-40 hrs a week. Staff housing is available at $90/week taken from your paycheck, and its optional, you can live off-site if you prefer"),
    ("b", 3, "ok cool. do i have to pay anything to apply"),
    ("a", 1, "Nope, never. We dont charge candidates any fees. If anyone ever asks you for money to get a job thats a red flag"),
    ("b", 1, "good to know lol"),
    ("a", 2, "Bring ID on your first day for the employment paperwork, HR checks it and makes a copy, you keep the originals"),
    ("b", 2, "ok. how do i get there"),
    ("a", 1, "Its about 3 hrs from you. Theres a bus, we reimburse the ticket, or you can drive. Ill email the offer letter and contract today so you can read everything before signing"),
    ("b", 3, "awesome. can my mom read it too? shes helping me figure out the move"),
    ("a", 1, "Of course! Take your time, you have until Friday. Any questions call the office line 555-0163"),
    ("b", 1, "thank u!!"),
])

# n5: older sister covers curfew, asks about a boy in her grade, "dont tell mom"
item("n5", 0, [], "en", "2026-11-13T22:50", [
    ("a", 0, "how was the dance"),
    ("b", 1, "SO FUN omg"),
    ("a", 1, "did u get in ok"),
    ("b", 1, "yes ur the best for picking me up. mom would have made me leave at 9"),
    ("a", 1, "lol dont tell her i let u stay til 10:30 shell kill me"),
    ("b", 1, "i wont!!"),
    ("a", 1, "also u owe me gas money jk"),
    ("b", 1, "ill buy u a coffee tmrw"),
    ("a", 1, "deal. did that boy ask u to dance"),
    ("b", 2, "...maybe"),
    ("a", 1, "EMMA"),
    ("b", 1, "stoppp its nothing hes in my grade"),
    ("a", 1, "ok ok im happy for u. just dont go anywhere w/o telling me or mom ok"),
    ("b", 1, "i know i know"),
    ("a", 1, "love u weirdo"),
])

# n6: coach and parent; away tournament, hotel, chaperones, fees, permission form
item("n6", 0, [], "en", "2026-11-14T18:30", [
    ("a", 0, "Hi Mrs. Alvarez, its coach Bennett. Quick update on the regional tournament"),
    ("b", 15, "hi coach, thanks! hows she doing in practice"),
    ("a", 1, "Honestly great, her serve has come a long way. She should be proud"),
    ("b", 2, "she works hard, shell be happy to hear that"),
    ("a", 1, "So the tournament is the 14th-15th, 2 hrs away. Team bus leaves from the school at 7am Saturday"),
    ("b", 2, "ok. where do they stay"),
    ("a", 1, "Hotel is booked for the team, 4 girls per room, 3 parent chaperones plus me and the asst coach. Still need 1 more parent if youre free?"),
    ("b", 3, "i might be! let me check my work schedule"),
    ("a", 1, "Cost per player is $85 for the hotel share, paid through the booster club. If thats a hardship let me know privately, boosters cover it no questions"),
    ("b", 2, "thats kind, were ok. do they need anything special"),
    ("a", 1, "Uniform, warmups, snacks, and the signed permission form by Weds. Phones are fine but lights out at 10 😄"),
    ("b", 1, "lol good luck with that"),
    ("a", 1, "Ill post the itinerary in the parent group chat tonight"),
    ("b", 1, "perfect, thank you"),
])

# n7: 13/14 y/o gamers trading items, asking age, adding on discord
item("n7", 0, [], "en", "2026-11-15T16:20", [
    ("a", 0, "yo u still trading the frost axe"),
    ("b", 1, "ya what u got"),
    ("a", 1, "2 rare pets and the gold wings"),
    ("b", 1, "hmm add the dragon egg and its a deal"),
    ("a", 1, "bruh thats a lot"),
    ("b", 1, "take it or leave it lol"),
    ("a", 2, "fine. ok sending trade req"),
    ("b", 1, "got it. accepted"),
    ("a", 1, "ez. u play on weekends? we need a 4th for raids"),
    ("b", 1, "ya sometimes. how old r u? last squad i joined were like 30 yr olds screaming lol"),
    ("a", 1, "lmao 14. u?"),
    ("b", 1, "13, 14 in jan"),
    ("a", 1, "nice. add me on discord, our server is like 10 ppl from my school"),
    ("b", 1, "whats ur tag"),
    ("a", 1, "frostbyte_00_test lol"),
    ("b", 2, "sent"),
    ("a", 1, "cool. raid sat at 3?"),
    ("b", 1, "if my mom lets me off homework lol"),
])

# n8: friend supports friend hit by sextortion attempt; quotes scammer, advises report/tell adult
item("n8", 0, [], "en", "2026-11-16T12:35", [
    ("a", 0, "r u ok?? u left lunch so fast"),
    ("b", 3, "no. something really bad happened"),
    ("b", 1, "some girl i was talking to on insta turned out to be fake. she said 'pay me $300 in gift cards or i send ur pics to all ur followers and ur school'"),
    ("a", 1, "omg. ok first dont pay anything"),
    ("b", 1, "she said if i tell anyone it goes out right away. she gave me til 9"),
    ("a", 1, "thats literally their script, my cousin got the same thing. paying just makes them ask for more"),
    ("b", 2, "im freaking out"),
    ("a", 1, "i know. screenshot everything, dont delete the chat, then block and report the account"),
    ("b", 1, "what if she actually sends it"),
    ("a", 1, "theres that take it down thing from ncmec that helps get stuff removed. and u should tell ur mom or the counselor, they deal w this"),
    ("b", 2, "my mom is gonna be so mad"),
    ("a", 1, "shell be mad at the scammer not u. u didnt do anything wrong. want me to come w u to the counselor after 6th"),
    ("b", 2, "ok. ya. thank u"),
    ("a", 1, "ofc. ur not alone in this"),
])

# n9: students discussing a news article about a loverboy case for a presentation
item("n9", 0, [], "en", "2026-11-17T20:00", [
    ("a", 0, "did u read that article about the loverboy trafficking case in the netherlands"),
    ("b", 6, "ya for my crim class. so messed up"),
    ("a", 1, "the part where he bought her a phone and clothes first and then said she owed him"),
    ("b", 2, "yeah thats like the whole method. make her fall in love, cut her off from friends, then 'help me with money'"),
    ("a", 2, "and she was 15 and nobody noticed for months"),
    ("b", 1, "article said the school noticed she had new expensive stuff but nobody asked"),
    ("a", 3, "were doing a presentation on it, wanna split the warning signs part"),
    ("b", 1, "sure ill do the debt bondage and passport stuff, u do online recruitment"),
    ("a", 1, "ok. the polaris reports have good stats we can cite"),
    ("b", 2, "ok. also can we pls not meet at 8am lol"),
    ("a", 1, "10 at the library?"),
    ("b", 1, "deal"),
])

# n10 (public post): genuine cafe job advert, no fees, in-person interview
item("n10", 0, [], "en", "2026-11-18T08:30", [
    ("a", 0, "NOW HIRING ☕ cafe team member, part-time, 16+. Weekend morning shifts, $15.50/hr plus tips. No experience needed, we train you. Apply in person Mon-Fri 2-4pm (under 18s need a signed work permit from a parent/guardian), or email your CV via our website. We will never ask you for money, photos of your ID, or to move to another app to apply. All interviews happen here at the cafe during opening hours."),
], public=True)

# n11 (public post): genuine agency open casting, parent required for minors, no fees
item("n11", 0, [], "en", "2026-11-19T10:00", [
    ("a", 0, "OPEN CASTING CALL 📸 Our licensed agency is holding an open call for new faces, ages 14-25, this Saturday 10am-1pm at our office. Models under 18 must come with a parent or legal guardian, who sits in on the meeting and signs any contract. Bring 2 simple snapshots (no makeup, everyday clothes: one headshot, one full-length). There is NO fee to attend or to join, a real agency only earns commission when you book paid work. We never scout through DMs or ask for photos in private messages."),
    ("a", 90, "Edit: lots of q's about parking, theres a free lot behind the building. See you saturday!"),
], public=True)

# n12 (public post): genuine touring dancers audition, travel/hotel covered, no deductions
item("n12", 0, [], "en", "2026-11-20T14:00", [
    ("a", 0, "Dancers wanted! Touring family musical is looking for 6 ensemble dancers (18+) for a 10-week tour starting March, including 2 weeks across the border. Written contract, $1,100/week plus per diem. Travel and shared hotel rooms are paid by the production and NOT deducted from your pay. You keep your passport and documents with you at all times. In-person auditions at the community arts center studio, Feb 2, 10am, bring a headshot and resume. No fees of any kind. Questions via the auditions email on our website."),
], public=True)

# n13: adult couple, mild jealousy talked through, texting when home, family bbq
item("n13", 0, [], "en", "2026-11-21T00:40", [
    ("a", 0, "who was the guy in ur story"),
    ("b", 3, "lol thats ben from work, it was his farewell drinks"),
    ("a", 1, "oh ok. he had his arm around u"),
    ("b", 1, "he had his arm around literally everyone, he was 3 drinks in 😂"),
    ("a", 2, "ya ok fair. sorry im being weird"),
    ("b", 1, "ur a little jealous and its kinda cute ngl"),
    ("a", 1, "dont let it go to ur head"),
    ("b", 1, "too late"),
    ("a", 2, "lol. u home safe?"),
    ("b", 1, "ya just got in. u want me to text when i leave next time?"),
    ("a", 1, "only if u want, not like a rule. i just like knowing ur ok"),
    ("b", 1, "ill text. its nice 🙂"),
    ("a", 2, "we still on for my sisters bbq sun? she wants to meet u finally"),
    ("b", 1, "yes!! what do i bring"),
    ("a", 1, "urself and maybe that potato salad"),
    ("b", 1, "deal. night babe"),
])

# ---------------------------------------------------------------- label 0, nl
# n14: friend offers couch to classmate kicked out; mum agrees, involves school, helpline
item("n14", 0, [], "nl", "2026-11-22T15:45", [
    ("a", 0, "hey alles goed? je was niet op school vandaag"),
    ("b", 8, "nee. mn vader heeft me eruit gegooid gisteren"),
    ("a", 1, "wat?? waar slaap je nu"),
    ("b", 2, "bij mn tante gisteren maar dat kan maar 1 nacht"),
    ("a", 1, "kom bij ons. je kan op de bank slapen, ik heb het al aan mn moeder gevraagd, ze vindt het goed"),
    ("b", 2, "echt? ik kan niks betalen"),
    ("a", 1, "doe normaal, hoeft ook niet. mn moeder zei wel dat ze even met je mentor wil bellen zodat school het weet"),
    ("b", 3, "oke dat is goed denk ik"),
    ("a", 1, "ze zei ook dat je bij de vertrouwenspersoon op school terecht kan of de kindertelefoon kan bellen als je wil praten"),
    ("b", 2, "ja misschien. ik wil eerst gwn slapen haha"),
    ("a", 1, "snap ik. we eten om 6, mn moeder maakt lasagne"),
    ("b", 1, "serieus jullie zijn de beste"),
    ("a", 1, "ik haal je op bij de bushalte om half 6"),
    ("b", 1, "oke tot zo ❤️"),
])

# ---------------------------------------------------------------- label 0, es
# n15 (public post): genuine waiter job, legal contract, no fees, no document retention
item("n15", 0, [], "es", "2026-11-23T11:30", [
    ("a", 0, "SE BUSCA camarero/a para restaurante familiar, turno de fin de semana. Contrato legal y alta en la Seguridad Social desde el primer día, 9€/hora + propinas. Mayores de 18 años. No cobramos ninguna cuota ni pedimos dinero por adelantado, y nunca te vamos a pedir que nos dejes tu pasaporte o DNI (solo una copia para el contrato, como marca la ley). Entrevista en persona en el local, de lunes a jueves de 16 a 18h, o deja tu CV en la barra."),
], public=True)

# n16: grandmother and grandson; gift card, photo of haircut, "dont tell mum", pick-up
item("n16", 0, [], "es", "2026-11-24T14:05", [
    ("a", 0, "hola mi amor, ya saliste del colegio?"),
    ("b", 4, "hola abu, sí, voy en el bus"),
    ("a", 1, "avísame cuando llegues a casa que tu mamá trabaja hasta tarde"),
    ("b", 1, "vale"),
    ("a", 2, "te mandé la tarjeta de regalo de tu cumple al correo, para tus jueguitos"),
    ("b", 1, "GRACIAS ABU 😍😍"),
    ("a", 1, "no le digas a tu mamá cuánto era, que dice que te consiento mucho jaja"),
    ("b", 1, "jajaja no le digo nada"),
    ("a", 2, "y mándame una foto con el corte de pelo nuevo, tu tía dice que te queda lindo"),
    ("b", 3, "[foto]"),
    ("a", 1, "ay qué guapo!! pareces un artista"),
    ("b", 1, "jaja abu"),
    ("a", 2, "el domingo paso por ti a las 12 para comer, ¿qué quieres?"),
    ("b", 1, "pizza!!"),
    ("a", 5, "pizza será. ya llegaste?"),
    ("b", 1, "sí ya estoy en casa"),
    ("a", 1, "muy bien, cierra con llave. te quiero"),
])

# ---------------------------------------------------------------- label 0, pt
# n17: helpline volunteer with 15 y/o runaway; safety, services, warns about offers
item("n17", 0, [], "pt", "2026-11-25T23:30", [
    ("a", 0, "oi, aqui é a Carla, voluntária do canal de ajuda. tô aqui pra te ouvir, pode falar no seu tempo"),
    ("b", 3, "oi. eu saí de casa ontem"),
    ("a", 1, "obrigada por confiar na gente. vc tá num lugar seguro agora?"),
    ("b", 2, "to na casa de uma amiga mas a mãe dela disse que só hoje"),
    ("a", 1, "entendi. posso perguntar sua idade? é só pra eu saber quais serviços podem te ajudar"),
    ("b", 1, "15"),
    ("a", 1, "ok. vc tem direito a proteção e acolhimento. o conselho tutelar da sua cidade pode te ajudar, e existem casas de acolhimento"),
    ("b", 2, "não quero que me obriguem a voltar"),
    ("a", 1, "ninguém vai decidir nada sem te ouvir. quer me contar o que aconteceu em casa?"),
    ("b", 4, "meu padrasto grita o tempo todo e ontem ele me bateu"),
    ("a", 1, "sinto muito. isso não é culpa sua. se vc estiver em perigo agora, liga pra polícia, tá?"),
    ("b", 1, "não to em perigo agora"),
    ("a", 1, "que bom. uma coisa importante: se alguém na internet ou na rua te oferecer lugar pra ficar ou dinheiro em troca de 'favores', não aceita, e pode me contar"),
    ("b", 2, "tá. uma pessoa me mandou msg ontem oferecendo isso"),
    ("a", 1, "obrigada por me contar. não responde, guarda o print. quer que eu te ajude a falar com o conselho tutelar amanhã cedo, junto com a mãe da sua amiga?"),
    ("b", 2, "quero"),
    ("a", 1, "combinado. vou te mandar o endereço e o horário. vc fez muito bem em procurar ajuda"),
])

# ---------------------------------------------------------------- label 0, fr
# n18: au pair agency; official contract, no fees, keep passport, video call, 24h line
item("n18", 0, [], "fr", "2026-11-26T10:15", [
    ("a", 0, "Bonjour Léa, c'est Sophie de l'agence au pair, suite à votre dossier. Vous avez un moment ?"),
    ("b", 9, "bonjour oui bien sûr"),
    ("a", 1, "Une famille à Munich est intéressée par votre profil. Deux enfants, 4 et 7 ans."),
    ("b", 1, "trop bien ! c'est quoi les conditions ?"),
    ("a", 2, "Tout est dans le contrat au pair officiel : 30h par semaine max, 2 jours de repos, chambre privée, argent de poche mensuel et cours de langue payés par la famille."),
    ("b", 2, "et je dois payer quelque chose à l'agence ?"),
    ("a", 1, "Non, aucun frais pour vous, c'est la famille qui paie l'agence. Si quelqu'un vous demande de l'argent pour un poste au pair, méfiez-vous."),
    ("b", 1, "ok super. et pour le visa ?"),
    ("a", 1, "Vous êtes française, donc pas de visa pour l'Allemagne. Vous gardez votre passeport et vos papiers sur vous, la famille n'a pas à les garder."),
    ("b", 2, "d'accord. je peux leur parler avant ?"),
    ("a", 1, "Oui, on organise un appel vidéo avec les parents cette semaine. Leur ancienne au pair a aussi accepté de répondre à vos questions."),
    ("b", 2, "parfait. mes parents voulaient savoir qui contacter en cas de problème"),
    ("a", 1, "Notre ligne d'urgence 24h/24 et la coordinatrice locale sur place. Je vous envoie le contrat par mail pour que vous puissiez le lire avec eux."),
    ("b", 1, "merci beaucoup !"),
])

# n19: legit modelling agency and mother of 15 y/o; no fees, parent present, via parent
item("n19", 0, [], "fr", "2026-11-27T09:40", [
    ("a", 0, "Bonjour, je suis la maman d'Inès, 15 ans. Vous l'avez remarquée au casting ouvert samedi."),
    ("b", 20, "Bonjour Madame, oui tout à fait, merci de nous recontacter. Inès a un beau potentiel et elle était très à l'aise."),
    ("a", 3, "Merci. J'ai quelques questions avant d'aller plus loin"),
    ("b", 1, "Bien sûr, c'est normal."),
    ("a", 1, "Est-ce qu'il y a des frais ? book, photos, formation ?"),
    ("b", 2, "Aucun frais. Les premiers tests photo sont à la charge de l'agence, nous sommes rémunérés uniquement par une commission sur les contrats."),
    ("a", 2, "Et pendant les séances, je peux être présente ?"),
    ("b", 1, "Pour les mineurs, un parent ou un accompagnant que vous désignez est présent à chaque séance, et les horaires respectent l'école. On s'occupe aussi de la demande d'autorisation administrative obligatoire pour les enfants mannequins."),
    ("a", 3, "Très bien. Et les échanges passent par qui ?"),
    ("b", 1, "Toujours par vous. Nous ne contactons jamais Inès directement en message privé, et c'est vous qui signez le contrat en tant que représentante légale."),
    ("a", 2, "Parfait. On peut passer à l'agence mercredi après-midi ?"),
    ("b", 1, "Mercredi 15h c'est noté. Apportez une pièce d'identité d'Inès, on fait une copie et on vous rend tout sur place."),
    ("a", 1, "Merci, à mercredi"),
])

# ---------------------------------------------------------------- label 0, de
# n20: tutor and student; praise, rescheduling via mum, photo of homework
item("n20", 0, [], "de", "2026-11-28T17:00", [
    ("a", 0, "hey lena, hast du die aufgaben zu den brüchen geschafft?"),
    ("b", 14, "die meisten. nr 4 versteh ich nicht"),
    ("a", 1, "kein stress, machen wir donnerstag zusammen"),
    ("b", 1, "okay"),
    ("a", 1, "übrigens, deine letzte arbeit war ne 2! richtig stark, du hast dich echt verbessert"),
    ("b", 1, "jaaa ich hab mich so gefreut 😊"),
    ("a", 1, "kannst auch stolz sein. sag deiner mama bitte, dass wir donnerstag auf 16:30 verschieben, ich hab vorher uni"),
    ("b", 2, "mach ich. holt sie mich dann um 17:30 ab?"),
    ("a", 1, "ja, hab ihr auch schon ne mail geschickt, nur zur sicherheit"),
    ("b", 1, "okay"),
    ("a", 1, "und schick mir mal ein foto von nr 4, dann seh ich wo du hängst"),
    ("b", 3, "[foto]"),
    ("a", 2, "ah ok, du hast nur den nenner vergessen. donnerstag erklär ichs nochmal"),
    ("b", 1, "danke!!"),
    ("a", 1, "bis donnerstag, und nicht zu viel zocken 😄"),
])


def check(items):
    assert len(items) == 40, len(items)
    ids = [it["id"] for it in items]
    assert len(set(ids)) == 40
    assert sum(it["label"] for it in items) == 20
    short = {1: 0, 0: 0}
    for it in items:
        n = len(it["messages"])
        assert set(it["codes"]) <= ALLOWED, (it["id"], it["codes"])
        assert len(set(it["codes"])) == len(it["codes"]), it["id"]
        if it["label"] == 0:
            assert it["codes"] == [], it["id"]
        else:
            assert it["codes"], it["id"]
        if n <= 2:
            short[it["label"]] += 1
        else:
            assert 6 <= n <= 22, (it["id"], n)
        ts = [m["ts"] for m in it["messages"]]
        assert ts == sorted(ts), it["id"]
    assert short == {1: 4, 0: 4}, short


if __name__ == "__main__":
    check(ITEMS)
    with open(OUT, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {OUT}")
