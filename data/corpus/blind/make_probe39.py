#!/usr/bin/env python3
"""Build probe39.jsonl: a blind evaluation set (fiction) for the lurewatch detector.

60 items: 30 positive (grooming / sexual-exploitation recruitment / sextortion),
30 negative hard look-alikes. 24 English, 36 across es/pt/fr/de/nl.
All names, handles and numbers are invented; phones are 555-01xx, URLs example.com/.org.
Standard library only.
"""
import json
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta

NN = 39
ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
    "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
    "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
    "sexual_talk", "meeting",
}

ITEMS = []
_gap_rng = random.Random(3900)


def item(lang, label, codes, start, msgs):
    """msgs: list of (who, text) or (who, text, gap_minutes_before_this_message)."""
    ITEMS.append({"lang": lang, "label": label, "codes": codes, "start": start, "msgs": msgs})


# ---------------------------------------------------------------- ENGLISH positives

# EN pos: gaming grooming of a year-8 boy, gift code, parent-absence check, move to other app, selfie request
item("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "photo_request"],
     "2026-02-11T19:42", [
    ("a", "gg that last round was insane, you carried hard"),
    ("b", "lol thx i got lucky w the sniper"),
    ("a", "nah that was skill. what server u usually on?"),
    ("b", "EU mostly after school"),
    ("a", "after school huh, what year r u in"),
    ("b", "year 8"),
    ("a", "nice. i'm a bit older but honestly u play better than the guys on my squad"),
    ("b", "fr?? 😂"),
    ("a", "fr. i've got a spare season pass code, want it? no catch"),
    ("b", "wait srsly?? yes pls"),
    ("a", "sent to ur inbox. don't mention it in the team chat tho, the others will get jealous and all want one"),
    ("b", "ok 🤐 thank u sm"),
    ("a", "do ur parents mind u gaming this late?"),
    ("b", "my mum works nights so she doesnt really know lol"),
    ("a", "ha perfect, so we can run ranked later. voice is way better on the other app, i'll send u my tag there"),
    ("b", "ok"),
    ("a", "one thing, send a quick selfie so i know ur not a bot lol. just for me, not the squad"),
    ("b", "um why"),
    ("a", "everyone i gift stuff to does it, it's nothing. and maybe i've got a couple more codes after 😉"),
])

# EN pos: loverboy recruitment of a 17-year-old over weeks: rescue, gifts, isolating from friend, "debt", private nights
item("en", 1, ["vulnerability", "romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "commercial_sex", "meeting"],
     "2026-03-02T17:20", [
    ("a", "you looked sad at the bus stop today. everything ok?"),
    ("b", "just stuff at home. my stepdad again"),
    ("a", "you deserve way better than that house honestly"),
    ("b", "it's fine"),
    ("a", "it's not fine. let me take you for food tomorrow, my treat"),
    ("b", "thanks for today, the trainers are too much tho", 1450),
    ("a", "nothing's too much for you. you're the only one who actually gets me"),
    ("b", "❤️"),
    ("a", "your mates don't like me do they"),
    ("b", "jess said ur too old for me lol"),
    ("a", "jess is jealous. she'll fill your head with rubbish. you don't need her when you've got me"),
    ("a", "babe I'm in a bad spot. lost a lot of money, some serious people want it back", 9800),
    ("b", "omg how much"),
    ("a", "more than I can say. but there's a way you could help us both"),
    ("b", "what way"),
    ("a", "my mate Dee throws private nights. you'd just keep a couple of his friends company, be nice to them, they pay properly"),
    ("b", "idk that sounds weird"),
    ("a", "after everything I've bought you? the phone, the trainers, the hotel? I thought we were a team"),
    ("b", "we are"),
    ("a", "then do this one thing for me. I'll drive you and wait outside. leave your phone with me so your stepdad can't track you"),
    ("b", "ok just once"),
    ("a", "that's my girl. wear the dress I got you"),
])

# EN pos: leetspeak "new faces" modelling ad targeting 16-19, no parents, photos via t.g
item("en", 1, ["job_offer", "photo_request", "off_platform", "travel_meet", "age_probe", "secrecy", "money_gifts_debt"],
     "2026-04-07T22:13", [
    ("a", "📸 N3W F@C3S WANT3D 📸 girls 16-19, no exp needed, we train u ✨ paid travel + housing in the city 🏙️ 💷 weekly cash. send 3 full-length pics (fitted clothes, no filter) + ur age to our scout on t.g @scout_novafaces_x 📲 parents not needed, we handle everything 🤫"),
])

# EN pos: escort-style post, emoji prices, "barely legal", manager books, girls don't speak English (trafficking markers)
item("en", 1, ["commercial_sex", "control", "off_platform"],
     "2026-01-23T23:47", [
    ("a", "🍓🍓 NEW girls just arrived 🍓🍓 sweet & petite, barely legal 😜 🌹150 half / 🌹250 full 🚗 in & out, 24/7 no rush ⏰ book through manager only, girls don't speak english 🙊 WA 555-0143 📲"),
])

# EN pos: sextortion demand, amounts written out in words
item("en", 1, ["sextortion", "money_gifts_debt"],
     "2026-02-28T07:05", [
    ("a", "hey Liam. remember the video call last night? i recorded all of it."),
    ("a", "you have until nine tonight. two hundred fifty in gift card codes, send photos of the back of the cards here. if not, the clip goes to your mum, your coach and every one of your six hundred followers. i already have the list. don't test me", 2),
])

# EN pos: debt bondage of a 19-year-old, inflated debt, fines, passport held, clients booked
item("en", 1, ["money_gifts_debt", "control", "commercial_sex", "isolation"],
     "2026-03-19T20:14", [
    ("a", "Kasia you didn't come down for the 8 o'clock"),
    ("b", "I'm sick, I have fever"),
    ("a", "fever doesn't pay rent. you know where you're at?"),
    ("b", "I already paid a lot"),
    ("a", "flight 900, room 600 a month, documents 1,200, the clothes, the phone. you're at 4,300"),
    ("b", "last week you said 3,800"),
    ("a", "last week you didn't miss two nights. every missed night is a fine"),
    ("b", "please give me my passport, I want to go home"),
    ("a", "passport stays in the safe until the number is zero. that's the deal you signed"),
    ("b", "I didn't understand what I signed"),
    ("a", "not my problem. three guys booked you tonight, that's 450 off. be ready at 10, Rafa drives"),
    ("b", "ok"),
])

# EN pos: peer recruitment, 16-year-old girl brings a broke classmate to "flat parties" with paying older men
item("en", 1, ["vulnerability", "money_gifts_debt", "commercial_sex", "secrecy", "meeting", "compliments_trust"],
     "2026-04-16T16:31", [
    ("a", "u still skint after ur phone got nicked?"),
    ("b", "yeah mum cant afford a new one"),
    ("a", "ok so dont be weird but i might have a way"),
    ("b", "??"),
    ("a", "there's these flat parties on saturdays. older lads, like 25ish. they pay for taxis, food, everything"),
    ("b", "and?"),
    ("a", "and they give u money after if ur friendly. i got 300 last time for hanging out and being nice to one of them"),
    ("b", "being nice how"),
    ("a", "just whatever he wants, it's chill, he's sweet. they asked me to bring a mate who's pretty and ur the first person i thought of"),
    ("b", "idk mum would kill me"),
    ("a", "say ur stopping at mine. i'll cover. taxi picks us up at the retail park at 9"),
    ("b", "ok maybe"),
    ("a", "wear something nice. and don't post anything on ur story that night"),
])

# EN pos: art-app grooming of a year-7 girl, device/bedroom checks, spaced app name, exclusivity, "what are you wearing", pic
item("en", 1, ["compliments_trust", "age_probe", "vulnerability", "risk_assessment", "off_platform", "exclusivity", "secrecy", "photo_request", "sexual_talk"],
     "2026-01-14T21:02", [
    ("a", "ur drawings of the foxes are honestly better than mine and i've been doing this 10 yrs"),
    ("b", "omg thank u!! i only started this year"),
    ("a", "what year at school r u, if u dont mind me asking?"),
    ("b", "year 7"),
    ("a", "wow. talented AND young. do ur parents know how good u are?"),
    ("b", "not really they dont care about art"),
    ("a", "that's sad. i care tho. u can always show me first"),
    ("b", ":)"),
    ("a", "does anyone check ur tablet? just asking bc some parents go thru everything lol"),
    ("b", "no its mine"),
    ("a", "cool. is it in ur room at night?"),
    ("b", "yeah"),
    ("a", "let's keep chatting on d i s c 0 r d, this app deletes stuff. don't add anyone else from here tho, just me"),
    ("b", "ok whats ur name on there"),
    ("a", "foxlight_art. and hey, what r u wearing rn? i want to draw u as a character 🦊"),
    ("b", "just pjs lol"),
    ("a", "cute. send a pic so i get the colours right. only for me ok, nobody else gets to see my sketches of u"),
])

# EN pos: fake football scout with misspellings, 14-year-old, parents excluded, station meet, delete chat, kit photo
item("en", 1, ["job_offer", "age_probe", "compliments_trust", "travel_meet", "meeting", "secrecy", "isolation", "photo_request"],
     "2026-05-06T18:09", [
    ("a", "hey mate saw ur clips on the acadamy page, ur left foot is unreel"),
    ("b", "thanks!! who r u"),
    ("a", "i scout for a few clubs up north, cant say which yet its confidental"),
    ("b", "no way"),
    ("a", "how old r u now, under 14s or 15s?"),
    ("b", "14 in march so u14"),
    ("a", "perfect age for what im lookin at. theres a private trial next sat, only a few lads invited"),
    ("b", "can my dad come"),
    ("a", "honestly better not, parents make the lads nervus and the coaches dont like it. its just a kickabout, ill sort ur train tiket"),
    ("b", "idk he'll want to know where im going"),
    ("a", "just say ur at a mates. ill meet u at the station myself, grey car. if it goes well we tell ur dad together after, big suprise"),
    ("b", "ok"),
    ("a", "delete this chat after, club rules bout confidentiality. and send me a full lenght pic in ur kit so i can show the gaffer"),
])

# EN pos: sextortion chat, fake peer girl to a 15-year-old boy, pic swap then threats and escalating demand
item("en", 1, ["romance", "age_probe", "photo_request", "sextortion", "money_gifts_debt"],
     "2026-03-27T22:40", [
    ("a", "heyy u go to Ridgeway right? i think i saw u at the match 🙈"),
    ("b", "yeah who's this"),
    ("a", "Mia, i just moved here. ur kinda cute ngl"),
    ("b", "lol thanks"),
    ("a", "how old r u? i'm 15"),
    ("b", "15 too"),
    ("a", "omg same. i sent u a pic, ur turn 😏"),
    ("b", "what kind of pic"),
    ("a", "u know. like the one i sent. just for me, i'll delete it after"),
    ("a", "ok listen carefully. i screenshotted ur pic and ur profile. i have ur followers, ur school, ur sister", 38),
    ("b", "what?? you said you'd delete it"),
    ("a", "£400 by midnight or i make a group with all of them and post it"),
    ("b", "i don't have that much pls"),
    ("a", "then start with 150 now. gift cards work. every hour u wait i add 50"),
])

# EN pos: "hostess abroad" recruitment DM, advanced ticket debt, passports kept, private rooms, lie to family
item("en", 1, ["job_offer", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "secrecy", "off_platform"],
     "2026-02-03T13:55", [
    ("a", "Hi Bianca! Saw your profile, you've got exactly the look our clients love 😍 We're hiring hostesses for a luxury lounge abroad. €3,000/month + tips, flights and apartment arranged by us."),
    ("a", "No experience needed, just be friendly and keep guests drinking 🥂 Private rooms are optional but that's where the big tips are 😉 We advance your ticket, you pay it back from your first salaries. Our coordinator keeps passports safe during the visa process. Tell your family it's a hotel reception job, simpler that way. Message me on WhatsApp 555-0182 😘", 1),
])

# EN pos: emoji/abbrev grooming of a 15-year-old from video comments, parental-check probe, "the yellow app", outfit pic for gift card
item("en", 1, ["compliments_trust", "age_probe", "risk_assessment", "off_platform", "secrecy", "photo_request", "money_gifts_debt"],
     "2026-04-22T20:26", [
    ("a", "ur vids r 🔥 fr, way more chill than other ppl ur age lol"),
    ("b", "haha ty 😊"),
    ("a", "wait how old r u, like 16?"),
    ("b", "15 😅"),
    ("a", "u dont type like a 15 yr old tbh"),
    ("b", "lol ok"),
    ("a", "do ur parents go thru ur phone? 👀"),
    ("b", "nah not rly"),
    ("a", "good bc i wanna chat more but not here, comments r public. u on the 👻 one? the yellow app 💛"),
    ("b", "yeah same name"),
    ("a", "k adding u. keep it between us tho 🤫 ppl get weird abt online friends"),
    ("b", "ok"),
    ("a", "send a 📸 of ur fit rn, just 4 me 😇"),
    ("b", "lol why"),
    ("a", "bc ur cute n i wanna see 🥺 i'll send u a 20 gift card for ur game after"),
])

# ---------------------------------------------------------------- ENGLISH negatives

# EN neg: genuine cafe job for a 16-year-old, parental consent form, parent welcome at interview, WhatsApp for reminders
item("en", 0, [], "2026-03-09T15:12", [
    ("a", "Hi Maya, thanks for applying at Bean There café! We'd love to invite you for a short interview."),
    ("b", "Thank you!! I'm 16, is that ok?"),
    ("a", "Yes, we hire from 16. You'd need a signed parental consent form, and by law we can only roster you until 9pm on school nights."),
    ("b", "ok cool. can my mum come to the interview?"),
    ("a", "Of course, parents are very welcome. Tuesday 4pm at the shop on Mill Street? It takes about 20 min."),
    ("b", "perfect"),
    ("a", "Pay is £8.60/hr plus shared tips. Uniform provided, you just need black trousers. If it's easier I can text reminders on WhatsApp, the shop number is 555-0119."),
    ("b", "that's great thank u"),
])

# EN neg: legitimate au-pair agency, no fees, nobody keeps your passport
item("en", 0, [], "2026-01-20T10:31", [
    ("a", "Dear Sofie, thanks for registering with Little Steps Au Pair. We've matched you with a family in Lyon (two kids, 4 and 7)."),
    ("b", "Great! What are the next steps?"),
    ("a", "A video call with both parents this week, then you'll receive the official contract to review. Pocket money is €320/month plus room, board and a language course."),
    ("b", "Do I need to pay anything?"),
    ("a", "No, placement fees are paid by the host family. You book your own flight once the visa is approved; the family refunds half on arrival."),
    ("b", "and my passport? someone online said the family keeps it"),
    ("a", "Never. Nobody should ever hold your passport or documents. If anyone asks, report it to us and to the police. Our 24/7 helpline is on your contract."),
    ("b", "good to know, thanks"),
    ("a", "You can also chat with our current au pairs in Lyon before you decide. Details at example.org/aupair."),
])

# EN neg: real model agency contacting a parent of a 14-year-old, guardian at every shoot, no fees, no DM photos
item("en", 0, [], "2026-02-17T11:48", [
    ("a", "Hi! This is Harbour Models. We spotted your daughter's portfolio from the open casting at the shopping centre."),
    ("b", "Oh wow, she'll be thrilled. She's only 14 though."),
    ("a", "That's fine, we have a junior division. A parent or guardian must attend every casting and every shoot, no exceptions."),
    ("b", "Are there any fees up front?"),
    ("a", "None. We never charge to join and we never ask for photos by DM. We'll book you both into the office to meet our booker and go through our chaperone policy."),
    ("b", "ok. Saturday works"),
    ("a", "Great, 11am Saturday. Bring her ID and yours. You can check us on the agency register at example.org/register."),
    ("b", "Thanks, see you then"),
])

# EN neg: two adults on a dating app move to WhatsApp, "what are you up to rn", dog pic, public first date, safety check-in
item("en", 0, [], "2026-04-03T20:05", [
    ("a", "so you're the other person who hates pineapple on pizza 😂"),
    ("b", "guilty. 34 years of strong opinions"),
    ("a", "respect. 36 here, equally stubborn"),
    ("b", "haha. this app keeps eating my messages, want to move to whatsapp?"),
    ("a", "sure, 555-0164"),
    ("b", "hey it's Dan from the app 👋", 6),
    ("a", "hey Dan! what are you up to rn?"),
    ("b", "cooking something too ambitious. send proof of your dog or I don't believe he exists"),
    ("a", "[photo] meet Biscuit"),
    ("b", "ok he's perfect. drinks thursday?"),
    ("a", "yes! somewhere public for a first date, the wine bar by the station?"),
    ("b", "works. 7pm?"),
    ("a", "7pm. I'll text my friend your name and where we'll be, standard safety stuff, hope that's ok"),
    ("b", "totally, I'll do the same"),
])

# EN neg: mum and 13-year-old, location share, secret surprise cake, photo of receipt
item("en", 0, [], "2026-05-12T17:24", [
    ("a", "where are you? practice ended 20 min ago"),
    ("b", "at the bus stop, bus is late"),
    ("a", "ok share your location with me pls"),
    ("b", "done"),
    ("a", "thanks love. don't tell dad about the cake tomorrow, it's a surprise 🤫"),
    ("b", "i wont lol"),
    ("a", "also send me a pic of the receipt for the shin pads so I can get the refund"),
    ("b", "[photo]"),
    ("a", "perfect. home by 6, pasta tonight"),
    ("b", "yay"),
])

# EN neg: coach to parent about academy trial, parents must accompany, safeguarding officer cc'd
item("en", 0, [], "2026-03-23T19:10", [
    ("a", "Hi Mrs Okafor, Coach Dean here. Tobi had a brilliant game on Saturday."),
    ("b", "Thanks coach, he's been practising a lot!"),
    ("a", "A county academy has asked if he can attend a trial on the 14th. It's at their grounds, about 2 hours away."),
    ("b", "Wow. How does that work?"),
    ("a", "Parents must accompany under-16s, so you or his dad would drive him. The academy covers lunch, there's no fee."),
    ("b", "Great. Is there paperwork?"),
    ("a", "A consent form and medical info, I'll email them. The club's safeguarding officer is copied on all of this."),
    ("b", "Brilliant. We'll be there."),
    ("a", "I'll add you to the team parents' WhatsApp for updates, I don't message players directly."),
])

# EN neg: two 14-year-old girls gossiping with misspellings, boy asked for snap, friend says tell a teacher if he asks for pics
item("en", 0, [], "2026-02-05T16:47", [
    ("a", "omg guess who messaged me"),
    ("b", "WHO"),
    ("a", "jayden from 9B 😭😭"),
    ("b", "noooo waaay wat did he say"),
    ("a", "just asked 4 my snap lol"),
    ("b", "and did u give it"),
    ("a", "ya obvs hes in our year its fine"),
    ("b", "ok but if he asks 4 pics or anythin weird tell me n we tell miss harris"),
    ("a", "ew he wont hes like shy"),
    ("b", "lol ok. dont tell anyone i said he was cute last yr"),
    ("a", "ur secret is safe w me 🤐"),
    ("b", "ily"),
    ("a", "ily2 see u at lunch"),
])

# EN neg: gamers trading skins in leetspeak, lobby age check, move to other platform for duos
item("en", 0, [], "2026-01-31T18:36", [
    ("a", "yo u still got the dr4gon wing skin?"),
    ("b", "ye y"),
    ("a", "tr4de 4 my 2 kn1ves + 500 coins?"),
    ("b", "make it 700 n deal"),
    ("a", "600 final"),
    ("b", "k. u go first tho last guy scammed me"),
    ("a", "fair, sending 300 now n rest after"),
    ("b", "got it, sending skin"),
    ("a", "ez. add me for duos l8r? how old r u btw, our lobby is 13+"),
    ("b", "14"),
    ("a", "same lol. my tag is the same as here"),
    ("b", "bet gg"),
])

# EN neg: safety PSA warning about fake model scouts (uses all the red-flag vocabulary)
item("en", 0, [], "2026-04-11T09:00", [
    ("a", "⚠️ PARENTS & TEENS: fake 'model scouts' are messaging young people offering paid shoots, free travel and 'exclusive contracts'. They ask for full-length photos, tell you not to involve your parents and move chats to encrypted apps. Real agencies NEVER do this. If you get a message like this: don't reply, screenshot it, block, and report at example.org/report. Share to protect someone 💙"),
])

# EN neg: news report on a dismantled trafficking network (debt, passports)
item("en", 0, [], "2026-03-04T06:30", [
    ("a", "Police in three cities arrested nine people on Tuesday suspected of running a network that lured young women from abroad with fake hostess and cleaning jobs. According to prosecutors, victims were told they owed thousands for travel and housing and had their passports taken. Twelve women were brought to safety. A helpline for anyone affected is available at example.org/help."),
])

# EN neg: adult friends, concert-ticket debt, meet at station, "we look 12" joke
item("en", 0, [], "2026-05-18T12:02", [
    ("a", "ayy you still owe me 40 for the concert tickets 😤"),
    ("b", "omg i know i know, payday is friday"),
    ("a", "lol no stress, just don't ghost me"),
    ("b", "never. i'll buy the first round too to make up for it"),
    ("a", "deal. are we meeting at the station?"),
    ("b", "yeah 7 by the clock"),
    ("a", "bring ID, they were carding everyone last time lol we look 12"),
    ("b", "speak for yourself 😂"),
    ("a", "see u friday"),
    ("b", "sent the 40 early actually, check ur bank", 180),
    ("a", "legend 🙌"),
])

# EN neg: emoji-heavy ad for a licensed sports-massage clinic, WA booking, explicitly therapeutic
item("en", 0, [], "2026-02-22T08:15", [
    ("a", "💆‍♀️ Sports & deep-tissue massage 💆‍♂️ certified therapist, 8 yrs experience 🏅 60 min €50 / 90 min €70 ⏰ Mon–Sat 9–19, clinic on Keizer St 📍 strictly therapeutic, no other services 🙅 book via WA 555-0138 or example.com/book 📲"),
])

# ---------------------------------------------------------------- SPANISH

# ES pos (MX): grooming of a 13-year-old singer, absent parents, fake studio, move to "el verde", delete chat, lockable room, photo
item("es", 1, ["compliments_trust", "age_probe", "vulnerability", "job_offer", "off_platform", "secrecy", "risk_assessment", "photo_request"],
     "2026-03-12T21:18", [
    ("a", "qué bonito cantas neta, ese video de la prepa está bien padre"),
    ("b", "jaja gracias, pero es la secu 😅"),
    ("a", "ah órale, ¿en qué año vas?"),
    ("b", "en primero, tengo 13"),
    ("a", "pues cantas como de 18 jaja. ¿tus papás te apoyan con lo de la música?"),
    ("b", "mi mamá trabaja todo el día y mi papá no vive con nosotras"),
    ("a", "uy, qué mal. yo te puedo echar la mano, conozco gente de un estudio"),
    ("b", "en serio???"),
    ("a", "sí, pero aquí no, pásate al verde 💚 y te cuento. mi número es 555-0171"),
    ("b", "ok ya te escribí"),
    ("a", "listo. borra este chat, no quiero que los demás de la página se pongan celosos"),
    ("b", "va"),
    ("a", "¿tu cuarto tiene seguro? pa' que puedas grabar tranquila sin que nadie te interrumpa"),
    ("b", "sí jaja"),
    ("a", "mándame una foto tuya solita, pa' que el del estudio vea tu estilo. pero nomás pa' mí, eh"),
])

# ES pos (ES): loverboy with a 17-year-old, gifts, isolating from friends, invented debt, "be nice" to his friends, password control
item("es", 1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "commercial_sex", "secrecy", "control", "meeting"],
     "2026-02-06T18:40", [
    ("a", "tía, hoy estabas guapísima en el parque"),
    ("b", "jajaja qué dices"),
    ("a", "lo digo en serio. ¿te vienes a dar una vuelta en el coche?"),
    ("b", "vale, pero a las 10 tengo que estar en casa"),
    ("a", "te he comprado los cascos que querías 🎧", 2900),
    ("b", "noooo, ¡te has pasado!"),
    ("a", "para mi princesa lo que sea. oye, tus amigas me miran raro"),
    ("b", "dicen que eres muy mayor pa mí"),
    ("a", "porque te tienen envidia. si te quisieran de verdad no te comerían la cabeza. yo soy el único que está siempre"),
    ("b", "ya..."),
    ("a", "estoy fatal, me han pillado con una deuda gorda y si no pago me la lían", 8700),
    ("b", "¿cuánto?"),
    ("a", "mucho. pero hay una forma. un colega mío monta fiestas en un piso, solo tienes que ser simpática con unos amigos suyos, y pagan bien"),
    ("b", "¿simpática cómo?"),
    ("a", "no preguntes tanto, confía en mí. con todo lo que he hecho por ti"),
    ("b", "me da cosa"),
    ("a", "si me quisieras no te lo pensarías. el sábado te recojo, dile a tu madre que duermes en casa de la Noe"),
    ("b", "vale"),
    ("a", "y pásame la contraseña del insta, que no quiero que nadie te líe"),
])

# ES pos: leetspeak "azafata VIP" ad with travel, discretion, photos via t3l3gr4m
item("es", 1, ["job_offer", "travel_meet", "commercial_sex", "photo_request", "age_probe", "off_platform", "secrecy"],
     "2026-04-25T23:58", [
    ("a", "🔥 Se bu$kan xik@s 18-23 pa trabajo d 'azafata' en eventos VIP 🥂 1.500€/semana 💶 alojamiento y billetes incluidos ✈️ sin experiencia, solo buena presencia 💋 discreción total 🤫 mándame 3 fotos + tu edad x t3l3gr4m: @vip_eventos_x"),
])

# ES pos (LatAm): sextortion demand, amounts spelled out in words
item("es", 1, ["sextortion", "money_gifts_debt"],
     "2026-01-18T06:52", [
    ("a", "Hola Santi. Tengo la grabación de la videollamada de anoche, completita."),
    ("a", "Tienes hasta las diez para mandarme dos mil quinientos pesos en tarjetas de regalo. Si no, se la paso a tu mamá, a tu escuela y a tus cuatrocientos seguidores. Ya tengo capturas de todos. Ni se te ocurra bloquearme.", 1),
])

# ES neg (ES): family hiring a 17-year-old babysitter, references, parent invited to the visit
item("es", 0, [], "2026-03-03T19:26", [
    ("a", "Hola Lucía, somos la familia Ortega. Vimos tu anuncio de canguro en el tablón del barrio."),
    ("b", "¡Hola! Sí, cuido niños desde hace dos años"),
    ("a", "Buscamos a alguien martes y jueves de 17 a 20h para dos niños de 5 y 8. ¿Tienes referencias?"),
    ("b", "Sí, de dos familias, os paso sus teléfonos"),
    ("a", "Perfecto. Pagamos 10€/hora. ¿Te viene bien pasar el sábado por casa a conocer a los peques? Si eres menor, que venga tu madre o tu padre también."),
    ("b", "Tengo 17, vendrá mi madre 😊"),
    ("a", "Genial. Te mando la ubicación por WhatsApp, este es mi número 555-0123"),
    ("b", "Gracias, ¡nos vemos el sábado!"),
])

# ES neg (ES): mother and 14-year-old at a birthday party, location, surprise gift secret, photo of present
item("es", 0, [], "2026-05-09T20:02", [
    ("a", "Carla, ¿a qué hora acaba el cumple de Irene?"),
    ("b", "a las 11 mamá"),
    ("a", "vale, voy a por ti a las 11 en punto. mándame la ubi cuando llegues"),
    ("b", "ya te la he mandado"),
    ("a", "gracias cariño. ¿hay algún adulto en la casa?"),
    ("b", "sí sus padres"),
    ("a", "perfecto. oye, no le digas nada a tu hermano del regalo de su cumple, que es sorpresa 🤫"),
    ("b", "que noooo jaja"),
    ("a", "y hazme una foto del regalo que le lleváis a Irene, que la tía quiere verlo"),
    ("b", "📷 ahí va"),
    ("a", "qué chulo. pásalo bien 💕"),
])

# ES neg (AR): two adults from a dating app move to WhatsApp, plan public coffee, tell sister as safety habit
item("es", 0, [], "2026-02-14T21:33", [
    ("a", "che, vi que coleccionás vinilos, ¿cuál fue la última joyita?"),
    ("b", "uno de tango electrónico que encontré en San Telmo jaja"),
    ("a", "qué copado. yo tengo 38 y todavía no entiendo el tocadiscos de mi viejo 😂"),
    ("b", "jajaja yo 35, te puedo enseñar"),
    ("a", "dale. ¿pasamos a WhatsApp? esta app se cuelga cada dos por tres"),
    ("b", "sí, agendame 555-0158"),
    ("a", "listo, te escribí", 3),
    ("b", "ahí te agendé. ¿qué hacés ahora?"),
    ("a", "tomando mate en el balcón, ¿vos?"),
    ("b", "recién salgo del laburo. ¿un café el sábado en un bar de Palermo?"),
    ("a", "buenísimo. le aviso a mi hermana dónde voy a estar, costumbre nomás"),
    ("b", "me parece perfecto, yo igual"),
])

# ES neg: police warning about fake modelling/hostess offers abroad
item("es", 0, [], "2026-04-29T10:00", [
    ("a", "⚠️ La Policía alerta de perfiles falsos que contactan a chicas jóvenes por redes sociales con supuestas ofertas de trabajo como modelos o azafatas en el extranjero, con viaje y alojamiento pagados. Una vez allí, les retiran el pasaporte y les exigen pagar una deuda inventada. Si recibes una oferta así, no envíes fotos ni datos y denúncialo en example.org/denuncia."),
])

# ---------------------------------------------------------------- PORTUGUESE

# PT pos (BR): game grooming of a 12-year-old boy, free diamonds, move to "zap", mother checks phone -> delete, alone afternoons, camera call
item("pt", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "risk_assessment", "secrecy", "photo_request"],
     "2026-03-16T15:07", [
    ("a", "mano vc joga mt, q rank vc é?"),
    ("b", "ouro 3 kkkk"),
    ("a", "tá mt bom pra sua idade, vc tem quantos anos? 11? 12?"),
    ("b", "12"),
    ("a", "top. quer uns diamantes? tenho sobrando, te passo de boa"),
    ("b", "sério???? quero"),
    ("a", "passo sim, mas me chama no zap q aqui é complicado, 555-0112"),
    ("b", "blz mandei"),
    ("a", "recebi. seus pais mexem no seu cel?"),
    ("b", "minha mãe às vezes olha"),
    ("a", "então apaga nossa conversa dps, senão ela vai achar q vc tá gastando dinheiro kkk"),
    ("b", "ok"),
    ("a", "vc fica sozinho em casa de tarde?"),
    ("b", "fico até as 6"),
    ("a", "massa, amanhã de tarde a gnt faz call e eu te passo os diamantes. liga a câmera tá?"),
])

# PT pos (BR): fake modelling agency, 15-year-old, leet words, no mother, beachwear photo by DM, keep quiet
item("pt", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "isolation", "photo_request", "secrecy"],
     "2026-01-27T22:11", [
    ("a", "oi linda!! sou da @agencia.estrela_new, vc tem perfil de m0d3l0 😍"),
    ("b", "sério? nunca fiz isso"),
    ("a", "melhor ainda, a gnt curte rosto novo. qtos anos vc tem?"),
    ("b", "15"),
    ("a", "perfeito p/ a linha teen. temos um book em SP, passagem e hotel por nossa conta ✈️"),
    ("b", "minha mãe vai ter q ir junto?"),
    ("a", "não precisa, nossa equipe cuida de td. as meninas q levam mãe ficam travadas nas fotos"),
    ("b", "hmm"),
    ("a", "pra aprovar vc preciso de 3 fotos: uma de rosto, uma de corpo inteiro e uma de r0up@ d3 pr@ia. manda no dir3ct só pra mim"),
    ("b", "de roupa de praia?"),
    ("a", "é padrão do mercado, relaxa. e não comenta com ninguém ainda, as vagas são poucas"),
])

# PT pos (PT): debt bondage of a Brazilian woman in Portugal, fines, phone confiscated, driver at 22h
item("pt", 1, ["commercial_sex", "money_gifts_debt", "control", "isolation"],
     "2026-02-19T14:03", [
    ("a", "Jéssica, ontem só fizeste dois clientes. Assim não chegas lá."),
    ("b", "eu estava com dor, não conseguia mais"),
    ("a", "Dor não paga a dívida. A viagem, o quarto, a comida, a roupa, o telemóvel. Estás nos 3.200."),
    ("b", "mas já paguei muito desde que cheguei"),
    ("a", "E as multas por faltares? Cada noite sem trabalhar são mais 150."),
    ("b", "quero ligar para a minha mãe"),
    ("a", "Ligas quando a conta baixar. O telemóvel fica comigo."),
    ("b", "por favor"),
    ("a", "Hoje à noite o Rui vem buscar-te às 22h. Arranja-te."),
    ("b", "tá bom"),
])

# PT pos (BR): escort-style emoji post stressing youth ("novinha", "18 aninhos"), managed by "empresário", zap number
item("pt", 1, ["commercial_sex", "off_platform", "control"],
     "2026-05-02T01:24", [
    ("a", "🔥💋 NOVINHA recém chegada na cidade 💋🔥 acabei de fazer 18 aninhos 🎂😈 carinhosa e discreta 🍒 atendo em local próprio 🏩 das 10h às 4h ⏰ 💰 meia hora / 1h combina no zap 📲 555-0127 ✨ quem agenda é meu empresário, só chamar"),
])

# PT neg (BR): kids trading game skins, kkkk style, move to disc for duo
item("pt", 0, [], "2026-04-14T17:29", [
    ("a", "eae, trocaria sua skin d dragão pelas minhas 2 facas?"),
    ("b", "kkkk nem, vale mt mais"),
    ("a", "2 facas + 300 moedas"),
    ("b", "500 e fechou"),
    ("a", "400 e te dou o emote de brinde"),
    ("b", "fechou. vc manda primeiro q já me passaram a perna"),
    ("a", "mandei as moedas, confere"),
    ("b", "caiu aq, mandando a skin"),
    ("a", "vlw mano. bora duo amanhã? meu nick no disc é o mesmo"),
    ("b", "bora, dps da escola"),
])

# PT neg (BR): genuine "Jovem Aprendiz" supermarket job for a 16-year-old, guardian authorisation, father at interview
item("pt", 0, [], "2026-03-25T10:44", [
    ("a", "Olá, Gabriel! Aqui é a Fernanda, do RH do Supermercado Bom Preço. Recebemos seu currículo para a vaga de Jovem Aprendiz."),
    ("b", "Oi! Que bom, tenho muito interesse"),
    ("a", "A vaga é de 4h por dia, no contraturno da escola, com carteira assinada e curso de formação. Você tem 16 anos, certo?"),
    ("b", "Isso, faço 17 em agosto"),
    ("a", "Ótimo. Como é menor, precisamos da autorização do responsável e cópia dos documentos dele."),
    ("b", "Meu pai pode ir junto na entrevista?"),
    ("a", "Claro, é até recomendado. Quinta às 14h na loja da Av. Central. Qualquer dúvida pode chamar no WhatsApp do RH: 555-0135."),
    ("b", "Combinado, obrigado!"),
])

# PT neg (BR): teen cousins planning grandma's surprise 80th, "don't tell anyone", photo swap, pix money
item("pt", 0, [], "2026-05-20T19:51", [
    ("a", "primaaa, a vó faz 80 no domingo"),
    ("b", "eu sei!! vamos fazer surpresa?"),
    ("a", "bora. não conta pra ninguém, nem pra tia, senão ela espalha kkkk"),
    ("b", "kkkkk verdade"),
    ("a", "manda aquela foto nossa de quando a gente era pequena com ela, vou fazer um painel"),
    ("b", "📸 achei essa"),
    ("a", "perfeita 😭"),
    ("b", "e o bolo?"),
    ("a", "minha mãe faz, a gnt paga os balões, 20 reais cada"),
    ("b", "fechou, te mando no pix sexta"),
])

# ---------------------------------------------------------------- FRENCH

# FR pos: runaway 16-year-old from care home taken in, then pimped ("rendez-vous", he manages ads/hotels), phone swapped
item("fr", 1, ["vulnerability", "compliments_trust", "travel_meet", "money_gifts_debt", "commercial_sex", "control", "isolation", "secrecy"],
     "2026-01-09T23:16", [
    ("a", "t'as l'air crevée, ça va ?"),
    ("b", "jsp j'suis partie du foyer hier"),
    ("a", "t'as où dormir ce soir ?"),
    ("b", "non"),
    ("a", "viens chez moi tkt, y'a de la place, personne va te juger"),
    ("b", "t sûr ?"),
    ("a", "grave. t'as mangé ? je t'envoie un VTC"),
    ("b", "merci pour hier 🥺", 820),
    ("a", "c normal ma belle, t'es chez toi ici. mais faut qu'on parle thune"),
    ("b", "j'ai rien"),
    ("a", "je sais. j'ai un plan pour qu'on s'en sorte, juste quelques rendez-vous avec des mecs que je connais, c'est moi qui gère tout, les annonces, les hôtels"),
    ("b", "des rendez-vous genre quoi"),
    ("a", "genre t'es gentille avec eux et ils paient. t'inquiète je suis à côté"),
    ("b", "j'sais pas..."),
    ("a", "tu veux retourner au foyer ? ils vont te chercher de toute façon. ici t'es protégée"),
    ("b", "non pas le foyer"),
    ("a", "alors file-moi ton tel, je t'en donne un autre. et tu dis à personne où t'es"),
])

# FR pos: peer recruitment with texting style and dotted app name, "company" for her boyfriend's friends, cover story
item("fr", 1, ["money_gifts_debt", "commercial_sex", "off_platform", "secrecy", "meeting"],
     "2026-04-09T17:58", [
    ("a", "wsh t'es dispo samedi ?"),
    ("b", "jsp pk ?"),
    ("a", "tu veux te faire 5OO balles ? 💸"),
    ("b", "mdr comment"),
    ("a", "c juste d la compagnie pr des gars bien, genre tu sors avec eux, tu bois un verre, tu souris"),
    ("b", "c qui ces gars"),
    ("a", "des potes à mon mec, ils ont d la maille. moi j'l'ai fait 3 fois tranquille"),
    ("b", "et c tout ?"),
    ("a", "si tu veux + t'as + 😏 jte montre sur s.n.a.p, pas ici"),
    ("b", "ok"),
    ("a", "et tu dis rien à tes darons hein, officiellement tu dors chez moi 🤐"),
])

# FR pos: sextortion demand with leet digits and spelled-out amount
item("fr", 1, ["sextortion", "money_gifts_debt"],
     "2026-03-06T07:31", [
    ("a", "Salut Enzo. J'ai tout 3nr3gistré pendant l'appel d'hier soir 🎥"),
    ("a", "T'as jusqu'à 20h pr m'envoyer d3ux c3nts €uros en cartes prépayées (photo du code). Sinon la vidéo part à ta mère, à ton lycée et à tous tes abonnés. J'ai déjà les captures. Si tu bloques, j'envoie direct.", 1),
])

# FR neg: children's catalogue agency to a mother, parent mandatory at shoot, no fees, no photos by message
item("fr", 0, [], "2026-02-24T10:20", [
    ("a", "Bonjour Madame Lefèvre, ici l'agence Lumière Kids. Nous avons bien reçu la candidature de votre fille Inès pour le catalogue printemps."),
    ("b", "Bonjour ! Elle est très contente. Comment ça se passe ?"),
    ("a", "Un casting au studio mercredi. La présence d'un parent est obligatoire pendant toute la séance, et nous ne demandons jamais de photos par message."),
    ("b", "Il y a des frais d'inscription ?"),
    ("a", "Aucun. Une agence sérieuse ne fait jamais payer. Vous recevrez un contrat avec autorisation parentale, à signer sur place."),
    ("b", "Parfait. Elle a 12 ans, c'est ok ?"),
    ("a", "Oui, le catalogue concerne les 8-14 ans. Studio au 12 rue des Lilas, mercredi 14h. Infos pratiques : example.com/lumiere"),
    ("b", "Merci, à mercredi !"),
])

# FR neg: two teens before a party, surprise gift secret, outfit photo exchange, parent pickup
item("fr", 0, [], "2026-05-14T18:12", [
    ("a", "tu vas à la soirée de Léa samedi ?"),
    ("b", "ouiii ma mère a dit oui si son père vient me chercher à minuit"),
    ("a", "mdr la mienne pareil"),
    ("b", "tkt on se fait un truc avant, je passe chez toi ?"),
    ("a", "grave. dis rien à Manon pour le cadeau surprise hein"),
    ("b", "bouche cousue 🤐"),
    ("a", "c'est quoi ta tenue ?"),
    ("b", "jsp le jean et le pull vert"),
    ("a", "trop bien. envoie une photo quand t'es prête que je choisisse la mienne"),
    ("b", "ok ça marche"),
    ("a", "bisous à demain au bahut"),
])

# FR neg: U13 coach and a parent about a tournament trip, coach/hostel, parental authorisation, phones collected at night
item("fr", 0, [], "2026-03-18T20:37", [
    ("a", "Bonsoir Sandrine, c'est Karim, coach des U13. Le tournoi de Pâques à Nantes est confirmé !"),
    ("b", "Super ! Comment ça se passe pour le transport ?"),
    ("a", "Départ en car samedi 7h devant le gymnase, retour dimanche 19h. Hébergement en auberge de jeunesse, deux parents accompagnateurs dorment sur place."),
    ("b", "Je peux être accompagnatrice."),
    ("a", "Merci ! Il faut l'autorisation parentale signée et 35€ pour les repas, à donner au trésorier du club."),
    ("b", "Je ramène ça à l'entraînement de mercredi."),
    ("a", "Parfait. Les enfants peuvent prendre leur téléphone mais on le récupère le soir à 22h."),
    ("b", "Très bien, merci coach 👍"),
])

# FR neg: prevention post about sextortion (don't pay, screenshot, report)
item("fr", 0, [], "2026-01-29T12:00", [
    ("a", "🚨 Sextorsion : si quelqu'un menace de diffuser tes photos ou une vidéo si tu ne paies pas, NE PAIE PAS. Ne supprime rien, fais des captures, bloque le compte et parles-en à un adulte de confiance. Tu n'es pas coupable. Ligne d'écoute gratuite et anonyme, ou signalement sur example.org/signalement 💬"),
])

# ---------------------------------------------------------------- GERMAN

# DE pos: grooming of an 11-year-old in a building game, shop voucher, don't tell parents, alone check, other app, delete, room photo
item("de", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "photo_request"],
     "2026-02-09T15:34", [
    ("a", "haha dein obby ist echt krass gebaut"),
    ("b", "danke 😁 hab voll lang gebraucht"),
    ("a", "wie alt bist du eig? du baust besser als mein cousin und der ist 16 lol"),
    ("b", "11"),
    ("a", "wow. wenn du willst schenk ich dir nen 25€ gutschein für den shop"),
    ("b", "echt??? jaaa"),
    ("a", "klar. aber sag deinen eltern nix, die denken sonst das ist fake und verbieten dir das spiel"),
    ("b", "ok"),
    ("a", "bist du grad allein zuhause?"),
    ("b", "ja mama ist arbeiten bis 7"),
    ("a", "perfekt. lass uns auf der anderen app weiterschreiben, hier liest der mod alles mit. ich schick dir meinen namen"),
    ("b", "okii"),
    ("a", "und lösch danach den chat hier, ja?"),
    ("b", "mach ich"),
    ("a", "schick mal n bild von dir in deinem zimmer, dann weiß ich dass du echt bist und kein bot 😅"),
])

# DE pos: loverboy moves an 18-year-old to another city, cut off from contacts, rent pressure, "Treffen mit Freunden", phone taken
item("de", 1, ["romance", "compliments_trust", "vulnerability", "travel_meet", "isolation", "commercial_sex", "control"],
     "2026-03-29T09:12", [
    ("a", "na prinzessin, gut geschlafen? 😘"),
    ("b", "ja, dank dir. das essen gestern war so schön"),
    ("a", "du verdienst nur das beste. deine familie sieht gar nicht was du wert bist"),
    ("b", "die streiten eh nur"),
    ("a", "zieh doch zu mir nach Köln. neue stadt, neues leben, nur wir zwei"),
    ("b", "echt jetzt?"),
    ("a", "klar. ich hol dich freitag ab, pack nur das nötigste"),
    ("b", "die wohnung ist schön, aber ich kenn hier niemand", 7300),
    ("a", "du brauchst auch niemand, du hast mich"),
    ("b", "❤️"),
    ("a", "schatz, die miete hier ist übel, ich komm grad nicht klar", 5600),
    ("b", "ich kann mir nen job suchen"),
    ("a", "hab schon was. ein paar treffen mit freunden von mir, die zahlen gut für gesellschaft"),
    ("b", "was für gesellschaft?"),
    ("a", "stell dich nicht so an. ich hab alles für dich aufgegeben"),
    ("b", "sorry"),
    ("a", "und gib mir mal dein handy, ich richte dir ein neues ein. deine alten kontakte brauchst du nicht mehr"),
    ("b", "ok"),
])

# DE pos: leetspeak "hostess/Begleitung" ad, advanced travel costs, daily cash, discretion, full-body pics via T.G
item("de", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "photo_request", "off_platform", "secrecy"],
     "2026-04-19T22:47", [
    ("a", "💶 J0B 4 M@D3LS 18+ 💶 Hostess / Begleitung für exklusive Gäste 🥂 Unterkunft gestellt 🏨 Fahrtkosten werden vorgestreckt 🚆 Bezahlung täglich in bar 💵 keine Erfahrung nötig, nur offen sein 😉 100% Diskretion 🤫 Bewerbung mit 3 Ganzkörperbildern nur über T.G: @vip_booking_x"),
])

# DE pos: controller to a woman in debt bondage, not allowed out alone, passport held, three "guests" tonight
item("de", 1, ["control", "isolation", "money_gifts_debt", "commercial_sex"],
     "2026-05-04T16:45", [
    ("a", "Ana, wo warst du heute Nachmittag?"),
    ("b", "nur kurz beim Supermarkt"),
    ("a", "Allein rausgehen ist nicht. Hab ich dir gesagt."),
    ("b", "Entschuldigung"),
    ("a", "Du hast noch 2.800 offen. Fahrt, Zimmer, Essen, der Anwalt für die Papiere."),
    ("b", "ich arbeite doch jeden Tag"),
    ("a", "Dann arbeitest du mehr. Der Pass bleibt bei mir, bis alles bezahlt ist."),
    ("b", "bitte, ich will nur meine Schwester anrufen"),
    ("a", "Heute Abend kommen drei Gäste. Danach reden wir über Anrufe."),
])

# DE neg: real au-pair agency, family pays fee, you keep your passport, parents may talk to host family
item("de", 0, [], "2026-01-13T11:05", [
    ("a", "Hallo Lena, hier ist Frau Berger von der Au-pair-Vermittlung Sonnenschein. Wir haben eine Gastfamilie in Dublin für dich gefunden."),
    ("b", "Oh super! Was muss ich jetzt machen?"),
    ("a", "Erst ein Videocall mit der Familie, danach bekommst du den Vertrag zum Durchlesen. Taschengeld 300€ im Monat, eigenes Zimmer und Sprachkurs."),
    ("b", "Muss ich was bezahlen?"),
    ("a", "Nein, die Vermittlungsgebühr zahlt die Familie. Deinen Pass behältst du immer selbst, das steht auch im Vertrag."),
    ("b", "Gut zu wissen. Meine Eltern wollen auch mit der Familie sprechen."),
    ("a", "Sehr gerne, das empfehlen wir sogar. Ich schick dir die Kontaktdaten per Mail und über WhatsApp."),
    ("b", "Danke, ich freu mich!"),
])

# DE neg: adults from a dating app on WA, "was ziehst du an" to recognise each other, public café, flatmate check-in
item("de", 0, [], "2026-04-01T19:40", [
    ("a", "Hey Jonas, hier ist Mira von der App 👋 hab dich bei WA gespeichert"),
    ("b", "Hi Mira! Schön 😊 Wie war dein Tag?"),
    ("a", "Lang, Meetings ohne Ende. Und deiner?"),
    ("b", "Fahrrad repariert. Mit 37 darf man danach kaputt sein oder? 😂"),
    ("a", "Haha absolut. Steht Samstag noch? Café am Markt um 15 Uhr?"),
    ("b", "Klar. Was ziehst du an, damit ich dich erkenne?"),
    ("a", "Gelbe Jacke, nicht zu übersehen 💛"),
    ("b", "Perfekt. Ich bin der Große mit dem grünen Rucksack"),
    ("a", "Ich sag meiner Mitbewohnerin noch kurz wo ich bin, reine Routine"),
    ("b", "Find ich gut, mach ich genauso"),
    ("a", "Bis Samstag 👋"),
])

# DE neg: teen gamers trading gear in leetspeak, guild age limit, discord link
item("de", 0, [], "2026-02-27T18:21", [
    ("a", "yo hast du noch das l3g3ndäre schwert?"),
    ("b", "jo wieso"),
    ("a", "tausch gegen mein dr4chenpet + 1k gold?"),
    ("b", "digga das schwert ist mehr wert"),
    ("a", "1,5k + pet, letztes angebot"),
    ("b", "deal aber du zuerst, wurde letzte woche abgezogen"),
    ("a", "safe, gold ist raus"),
    ("b", "angekommen, schwert kommt"),
    ("a", "ehrenmann 🤝 zockst du morgen mit? wie alt bist du eig, unsere gilde ist ab 14"),
    ("b", "15"),
    ("a", "passt, ich schick dir den discord link"),
    ("b", "bis morgen"),
])

# ---------------------------------------------------------------- DUTCH

# NL pos: loverboy with a 15-year-old, new phone, turns her against parents/friends, debt, "ff gezellig doen" with a friend
item("nl", 1, ["compliments_trust", "age_probe", "romance", "money_gifts_debt", "isolation", "vulnerability", "commercial_sex", "secrecy", "meeting"],
     "2026-02-12T20:51", [
    ("a", "hey mooie, jij zat toch bij de snackbar gister?"),
    ("b", "haha ja hoezo"),
    ("a", "kon m'n ogen niet van je afhouden eerlijk"),
    ("b", "😳 hoe oud ben jij dan"),
    ("a", "20, maar met jou voel ik me jonger. jij?"),
    ("b", "15"),
    ("a", "boeit niet als het klikt toch"),
    ("b", "haha misschien"),
    ("a", "vind je die nieuwe telefoon mooi?", 4300),
    ("b", "ja echt ik kan het niet geloven"),
    ("a", "jij verdient het schatje. je ouders kopen nooit wat voor je he"),
    ("b", "nee die zeuren alleen"),
    ("a", "en die vriendinnen van je? die praten achter je rug, ik hoorde het zelf"),
    ("b", "echt??"),
    ("a", "ja. blijf maar bij mij, ik ben de enige die jou echt ziet"),
    ("a", "schat ik zit echt in de problemen. ik heb schulden bij gevaarlijke gasten", 14500),
    ("b", "wat moet ik doen"),
    ("a", "een vriend van mij wil je ontmoeten. gewoon ff gezellig doen, hij betaalt goed, dan ben ik van ze af"),
    ("b", "gezellig doen hoe bedoel je"),
    ("a", "doe niet zo moeilijk. na alles wat ik voor je gedaan heb. ik breng je vrijdag, zeg thuis dat je bij Sanne slaapt"),
    ("b", "oke"),
])

# NL pos: leetspeak recruitment DM, quick cash for "gezellig doen" with his friends, transport arranged, hide from parents/mentor
item("nl", 1, ["job_offer", "money_gifts_debt", "commercial_sex", "secrecy", "off_platform", "travel_meet"],
     "2026-03-31T16:22", [
    ("a", "h3y m00ie 💅 w1l j3 snel w@t c@sh? 💸💸"),
    ("a", "alleen ff gezellig doen met m'n vrienden 🥂 vervoer wordt geregeld 🚗 elke avond 2OO in je hand. zeg niks tegen je ouders of je mentor 🤐 app me op WA 555-0149, niet hier", 1),
])

# NL pos: sextortion of a 14-year-old boy by fake peer, demands more pictures rather than money
item("nl", 1, ["age_probe", "compliments_trust", "photo_request", "sextortion", "secrecy"],
     "2026-01-24T19:33", [
    ("a", "hee Daan, ik ben Lotte van de andere school 😊"),
    ("b", "hoi"),
    ("a", "je bent echt leuk op je profiel. hoe oud ben je?"),
    ("b", "14"),
    ("a", "ik ook! stuur je een foto terug? ik heb er ook een gestuurd 🙈"),
    ("b", "oke [foto]"),
    ("a", "oke luister goed. ik heb je foto opgeslagen en ik weet op welke school je zit", 170),
    ("b", "wat?? waarom"),
    ("a", "stuur er vandaag nog twee, zoals ik zeg, anders gaat deze naar je hele klas en je ouders"),
    ("b", "alsjeblieft niet"),
    ("a", "je hebt tot 9 uur. als je iemand iets vertelt stuur ik hem meteen door"),
])

# NL neg: youth football trainer and a parent about an away match, parents drive, mileage paid by club
item("nl", 0, [], "2026-04-23T21:08", [
    ("a", "Hoi Marieke, met Stefan, trainer van de JO13. Zaterdag is de uitwedstrijd in Zwolle."),
    ("b", "Hoi Stefan! Hoe laat moeten ze er zijn?"),
    ("a", "Verzamelen 8:30 bij de club. We zoeken nog 2 ouders die willen rijden."),
    ("b", "Ik kan rijden, er passen 3 kinderen achterin."),
    ("a", "Top, dank je! De club vergoedt 20 cent per km."),
    ("b", "Prima. Moet Sem zijn pasje meenemen?"),
    ("a", "Ja, en z'n scheenbeschermers 😅 Ik zet het ook nog in de ouder-app."),
    ("b", "Doe ik, tot zaterdag!"),
])

# NL neg: two 15-year-olds about a supermarket side job, parent signed form, father at interview
item("nl", 0, [], "2026-05-07T16:15", [
    ("a", "ik heb een bijbaantje gevonden wyf 🙌"),
    ("b", "echt? waar dan"),
    ("a", "bij de supermarkt om de hoek, vakkenvullen"),
    ("b", "betaalt het goed?"),
    ("a", "voor 15 is het oke, 6 euro nog wat per uur"),
    ("b", "wow ik wil ook"),
    ("a", "ze zoeken nog mensen, mijn moeder moest wel een formulier tekenen"),
    ("b", "moest je een gesprek doen?"),
    ("a", "ja met de manager, mijn vader was mee lol"),
    ("b", "haha ok ik vraag het morgen"),
    ("a", "zeg dat je mij kent, dan krijg ik misschien een bonus 😂"),
])

# NL neg: awareness post about loverboy tactics with anonymous help chat
item("nl", 0, [], "2026-02-02T09:30", [
    ("a", "⚠️ Pas op voor loverboys! Ze doen zich voor als je vriendje, geven je cadeaus en aandacht, en zetten je daarna onder druk om 'iets terug te doen'. Ze zeggen dat je vrienden en ouders je niet begrijpen. Herken je dit bij jezelf of een vriendin? Praat erover met iemand die je vertrouwt of chat anoniem via example.org/hulp. Je bent niet alleen 💜"),
])

# NL neg: two adults (33/31) from a dating app move to WhatsApp and plan a brunch
item("nl", 0, [], "2026-03-21T21:14", [
    ("a", "Haha jij bent dus ook fan van slechte woordgrappen"),
    ("b", "Schuldig 😅 Ik ben Ruben, 33, pannenkoekenexpert"),
    ("a", "Noor, 31, professioneel pannenkoekeneter, dus dat komt goed"),
    ("b", "Zullen we naar WhatsApp? Deze app is zo traag"),
    ("a", "Prima, 555-0176"),
    ("b", "Hoi Noor, Ruben hier 👋", 4),
    ("a", "Hoi! Wat doe je nu?"),
    ("b", "Op de bank met thee, jij?"),
    ("a", "Net terug van hardlopen. Zin om zondag te brunchen in de stad?"),
    ("b", "Zeker! Bij dat café aan de gracht?"),
    ("a", "Deal. 11 uur?"),
    ("b", "11 uur, ik kijk ernaar uit 😊"),
])


# ---------------------------------------------------------------- build

def build():
    rng = random.Random(NN)
    items = list(ITEMS)
    rng.shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        cid = f"p{NN}-x{n}"
        parties = {w: f"{cid}-{w}" for w in "ab"}
        t = datetime.strptime(it["start"], "%Y-%m-%dT%H:%M") + timedelta(seconds=_gap_rng.randint(0, 59))
        msgs = []
        for k, m in enumerate(it["msgs"]):
            who, text = m[0], m[1]
            if k > 0:
                if len(m) > 2:
                    t += timedelta(minutes=m[2], seconds=_gap_rng.randint(0, 59))
                else:
                    t += timedelta(seconds=_gap_rng.randint(15, 210) + len(text) // 2)
            other = "b" if who == "a" else "a"
            msgs.append({"sender": parties[who], "recipient": parties[other],
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        out.append({"id": cid, "label": it["label"], "codes": it["codes"], "messages": msgs,
                    "_lang": it["lang"]})
    return out


def check(out):
    assert len(out) == 60
    phone_re = re.compile(r"\b\d{3}[-. ]?\d{4}\b")
    url_re = re.compile(r"\b[\w-]+\.(?:com|org|net|fr|de|nl|es|br|pt|io|me)\b")
    for o in out:
        assert set(o["codes"]) <= ALLOWED_CODES, (o["id"], o["codes"])
        if o["label"] == 1:
            assert o["codes"], o["id"]
        n = len(o["messages"])
        assert 1 <= n <= 3 or 8 <= n <= 40, (o["id"], n)
        prev = None
        for m in o["messages"]:
            assert prev is None or m["ts"] > prev, o["id"]
            prev = m["ts"]
            for p in phone_re.findall(m["text"]):
                assert re.fullmatch(r"555-01\d\d", p), (o["id"], p)
            for u in url_re.findall(m["text"]):
                assert u in ("example.com", "example.org"), (o["id"], u)


def main():
    out = build()
    check(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"probe{NN}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            rec = {k: v for k, v in o.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by = Counter((o["_lang"], o["label"]) for o in out)
    print(path)
    print("labels:", dict(Counter(o["label"] for o in out)))
    for lang in ("en", "es", "pt", "fr", "de", "nl"):
        print(lang, "pos", by[(lang, 1)], "neg", by[(lang, 0)])


if __name__ == "__main__":
    main()
