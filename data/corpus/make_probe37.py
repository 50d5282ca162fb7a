#!/usr/bin/env python3
"""probe37: 60 hand-written blind evaluation items for lurewatch (30 label 1, 30 label 0).

30 short items (1-3 messages: posts, ads, DMs, sextortion demands and their genuine look-alikes) and
30 chats (15-50 messages). 36 English, 24 in es/pt/fr/de/nl. Fiction; non-explicit; invented names,
handles, 555-01xx numbers and example.* addresses only.
Each item: (slug, lang, label, codes, start, msgs[, to]) where each msg is "who|gap|text"
(who = a/b, gap = 0, Nm, Nh or Nd after the previous message). Items are shuffled with a fixed
seed before ids are given, so the id does not reveal the label. Run with --map to print slug -> id.
"""
import json, os, random, sys
from datetime import datetime, timedelta

ITEMS = []

def item(slug, lang, label, codes, start, msgs, to=None):
    ITEMS.append(dict(slug=slug, lang=lang, label=label, codes=codes, start=start, msgs=msgs, to=to))

# =====================================================================================
# SHORT ITEMS - POSITIVES
# =====================================================================================

# en: Instagram DM, "bookings" for a fashion studio, paid trip, casual full-length pics, moves to t3l3gram
item("s_pos_studio_dm", "en", 1, ["job_offer", "compliments_trust", "travel_meet", "photo_request", "off_platform"],
     "2026-03-04T19:12:00Z", [
    "a|0|Hi Chloe! I handle bookings for a small fashion studio, we shoot for independent labels. Your feed is honestly stunning, you have the kind of face clients pay for. We have a paid shoot in Miami next month, flights and an apartment covered for the talent.",
    "a|1m|I'd just need a couple of casual full-length pics, no makeup, so the client sees you as you are 🙂 Easier to continue on t3l3gram, the whole team is there: @studio_mila_bookings 📸",
])

# en: coded escort post, "just arrived", third party books, women don't speak English (trafficking indicators)
item("s_pos_escort_post", "en", 1, ["commercial_sex", "control"], "2026-03-09T23:40:00Z", [
    "a|0|🌸 NEW THIS WEEK 🌸 sweet asian girls just arrived in town, young & fresh faces, in-calls only, open 24/7 💐💐 160 roses/hr. TEXT ONLY 555-0142, no calls no LE. Girls dont speak english, all booking thru manager. Different girls every week 😉",
], to="board")

# en: sextortion demand, three messages
item("s_pos_sextortion_cards", "en", 1, ["sextortion", "money_gifts_debt"], "2026-03-12T02:05:00Z", [
    "a|0|Before you do anything stupid look at this screenshot. That's your mom, your sister and 312 of your followers.",
    "a|1m|I recorded the whole video call. $600 in Steam or Apple cards by 10pm and I delete it and you never hear from me again.",
    "a|2m|Block me and it goes to all of them at once. Think about whether $600 is worth your name at school.",
])

# en: formal "hostess" recruitment for Dubai: paid flight repaid from salary, documents kept, photos, age 18-25
item("s_pos_dubai_hostess", "en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "photo_request"],
     "2026-03-15T10:30:00Z", [
    "a|0|Dear candidate, we are recruiting Guest Relations Hostesses for a premium lounge in Dubai. Age 18-25, no experience required, attractive appearance a must. Salary from USD 3,500 per month plus generous tips. Flight, visa and shared accommodation are arranged by the company and deducted gradually from the first salaries. For residence processing, management will keep your passport safely during the contract. To apply, reply with three recent photos (face, half body, full body), your height and your date of birth.",
], to="board")

# en: game-server DM to a middle-schooler, moving apps and asking whose phone it is (behavioural only)
item("s_pos_server_dm", "en", 1, ["off_platform", "risk_assessment", "age_probe"], "2026-03-18T21:47:00Z", [
    "a|0|hey its dex from the server 🙂 didnt wanna spam the gc. can we talk on the other app instead, its way better for voice",
    "a|1m|also random but is that ur own phone or ur moms? dont want anyone reading our convos and getting the wrong idea lol",
    "a|1m|ur still in middle school right? no judgement, u just seem way more chill than the ppl my age",
])

# en: "spa" job ad with typos: housing upstairs, cash, open-minded, send pic
item("s_pos_spa_ad", "en", 1, ["job_offer", "commercial_sex", "control", "photo_request"], "2026-03-21T08:15:00Z", [
    "a|0|NOW HIRING!! Spa girls 18-25, no lisence needed we train you. Housing provided upstairs + food. Make 2000+/week CASH. Must be open minded and willing to keep the clients happy, late clients too. Asian or latina prefered. Text only 555-0133 and send a pic to be considered",
], to="board")

# en: cold DM to a teen seen upset at a bus station, offers a place and rides, moves to another app
item("s_pos_bus_station", "en", 1, ["vulnerability", "compliments_trust", "off_platform", "travel_meet"],
     "2026-03-24T01:20:00Z", [
    "a|0|heyy saw u at the bus station last nite lookin stressed. u good?? not tryna be weird i just kno how it is when home dont feel like home",
    "a|3m|if u ever need a place to crash or a ride somewhere i got u, no strings 💯 u seem like a good person who got dealt a bad hand. hmu on th3 gr33n app, this one dont notify me",
])

# en: "allowance" offer to a high-schooler for her prom dress, pics, keep it from parents
item("s_pos_prom_money", "en", 1, ["money_gifts_debt", "photo_request", "secrecy", "vulnerability"], "2026-04-02T18:44:00Z", [
    "a|0|hiii saw ur post about not affording a prom dress 👗 i remember that stress. im a nice guy who likes helping girls like u get what they deserve, nothing weird.",
    "a|1m|i can send $200 tonight. all i ask is u keep me updated with a pic of ur day sometimes 🙂",
    "a|2m|no need to tell ur parents where it came from, just say u saved it from babysitting. whats ur cashapp?",
])

# en: friend-of-friend pitch: 'keep businessmen company' at private parties, pic and age, driven there
item("s_pos_private_parties", "en", 1, ["job_offer", "commercial_sex", "photo_request", "travel_meet"],
     "2026-04-05T15:02:00Z", [
    "a|0|ok so my cousin's girl works with an events company, they pay 800 a weekend for girls to keep businessmen company at private parties. just be pretty, laugh at their jokes, drinks are free",
    "a|2m|they just need a pic and ur age first. she can drive u there saturday and bring u back sunday, u dont even need to tell anyone where u are lol its that chill",
])

# es: ad for 'acompañante en eventos' 18-23, ticket advanced, lodging, Telegram, age/height/photos
item("s_pos_es_acompanante", "es", 1, ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "off_platform", "photo_request"],
     "2026-04-08T11:00:00Z", [
    "a|0|Se buscan chicas de 18 a 23 años para trabajo de acompañante en eventos privados en Ibiza y Marbella. Alojamiento incluido y te adelantamos el billete, luego se descuenta. Ganancias de 3000€ al mes o más. No hace falta experiencia, solo buena presencia y discreción. Escríbenos por t e l e g r a m indicando edad, altura y dos fotos recientes.",
], to="board")

# pt: fake producer DM, compliments, free shoot, ticket paid, keep quiet, move to WhatsApp ('zap')
item("s_pos_pt_produtor", "pt", 1, ["job_offer", "compliments_trust", "travel_meet", "secrecy", "off_platform"],
     "2026-04-10T20:35:00Z", [
    "a|0|Oi linda, tudo bem? Sou produtor de uma agência em São Paulo. Vi teu perfil e tu tem exatamente o rosto que as marcas tão procurando. O ensaio é gratuito e a passagem fica por minha conta.",
    "a|2m|Só peço que não comente com ninguém por enquanto, o contrato é sigiloso até assinar. Me chama no zap 555-0137 que te explico tudo 😉",
])

# fr: sextortion demand after a recorded video call, PCS cards
item("s_pos_fr_sextorsion", "fr", 1, ["sextortion", "money_gifts_debt"], "2026-04-13T23:58:00Z", [
    "a|0|J'ai enregistré tout notre appel vidéo. J'ai aussi la liste de tes amis, de ta famille et de ton club de foot.",
    "a|1m|Tu as jusqu'à demain midi pour m'envoyer 300€ en recharges PCS. Sinon tout le monde reçoit la vidéo avec ton nom.",
    "a|1m|Si tu me bloques j'envoie direct. Réfléchis bien.",
])

# fr: coded escort post, 'cadeau' up front, bookings handled by an 'assistant'
item("s_pos_fr_annonce", "fr", 1, ["commercial_sex", "control"], "2026-04-16T22:10:00Z", [
    "a|0|✨ Nouvelle à Lyon ✨ jolie étudiante 20 ans, douce et discrète, disponible pour rencontres en privé ou déplacement hôtel. Cadeau 🎁 à l'avance. Pas de numéro masqué. Les RDV sont gérés par mon assistant, SMS uniquement au 555-0158.",
], to="board")

# de: DM to a girl in trouble at home: flat in Cologne where other girls live, train ticket, delete chat
item("s_pos_de_wohnung", "de", 1, ["vulnerability", "isolation", "travel_meet", "money_gifts_debt", "secrecy"],
     "2026-04-19T17:25:00Z", [
    "a|0|Hey, du hast mir auf TikTok geschrieben, dass es zuhause gerade schwierig ist. Ich hab eine Wohnung in Köln, da wohnen schon zwei Mädels, die haben auch keinen Kontakt mehr zu ihren Eltern und es geht ihnen super.",
    "a|2m|Ich kümmere mich um alles, das Zugticket schick ich dir heute noch. Lösch den Chat danach lieber, deine Mutter muss davon nichts wissen.",
])

# nl: compliments, 'friend with a lounge' needs girls for the weekend, pick-up by car, don't tell parents
item("s_pos_nl_lounge", "nl", 1, ["compliments_trust", "job_offer", "commercial_sex", "travel_meet", "secrecy"],
     "2026-04-22T16:48:00Z", [
    "a|0|Hoi schoonheid, jij bent echt anders dan de rest hier. Een vriend van me heeft een lounge in Amsterdam en zoekt meiden voor gezellige bediening in het weekend, 500 per avond.",
    "a|1m|Ik haal je gewoon op met de auto. Niks tegen je ouders zeggen hoor, die snappen dat soort werk niet.",
])

# =====================================================================================
# SHORT ITEMS - NEGATIVES
# =====================================================================================

# en: genuine model agency reply: open call, address, guardian if under 18, no fees, no private apps
item("s_neg_agency_reply", "en", 0, [], "2026-03-05T09:10:00Z", [
    "a|0|Hi Chloe, thanks for your submission to Northlight Models. We'd like to invite you to our open call on Tuesday at 14:00 at our office, 22 Harbour Street, 3rd floor. Please bring photo ID; if you are under 18 a parent or guardian must come with you.",
    "a|1m|For your safety: we never charge fees to join, and we never ask for photos over private messaging apps. All correspondence comes from bookings@example.com. See you Tuesday!",
])

# en: bar hiring hosts/hostesses with wage, address, hours
item("s_neg_bar_hostess", "en", 0, [], "2026-03-08T14:00:00Z", [
    "a|0|NOW HIRING: front-of-house hosts/hostesses at The Copper Still, 410 Mill Road. Greeting and seating guests, managing the waitlist and phone reservations. $17/hr + tip share, Thu–Sun evenings, 20–28 hrs/week. Must be 18+, no experience needed, we train. Apply in person Mon–Wed 2–5pm or email jobs@example.com with your availability.",
], to="board")

# en: au pair agency confirms match, contract terms, passport stays with her
item("s_neg_aupair_match", "en", 0, [], "2026-03-11T12:20:00Z", [
    "a|0|Hi Marta, great news: your match with the Keller family in Zurich is confirmed! Attached is your contract (30 h/week, CHF 850 pocket money, own room, 4 weeks' holiday, language course paid by the family).",
    "a|4m|Your visa appointment is on 3 June. Keep your passport with you at all times, neither the family nor the agency will ever hold it. Questions any time: support line 555-0119.",
])

# en: parent's scam report in a community group: fake scout contacted her daughter
item("s_neg_scam_report", "en", 0, [], "2026-03-14T19:30:00Z", [
    "a|0|PSA for the parents group: someone messaged my 15yo daughter pretending to be a modelling scout. Asked her to move to telegram and send 'natural light' photos, said her mum didn't need to come to the test shoot. We've reported the account and spoken to the police. If your kid gets a message from 'scout.lena.agency' please screenshot, report and block. Don't reply to it.",
], to="group")

# en: NGO awareness post quoting typical lures
item("s_neg_ngo_post", "en", 0, [], "2026-03-17T08:00:00Z", [
    "a|0|Know the signs 🚩 Traffickers rarely look like strangers in a van. More often it's a new boyfriend who buys gifts and then suddenly 'needs help' with a debt, a job abroad with the ticket paid up front, or a boss who offers to 'keep your passport safe'. If something feels off for you or a friend, call our confidential 24/7 helpline on 555-0100. You won't be judged. #KnowTheSigns",
], to="board")

# en: news paragraph on a trafficking trial (fictional county)
item("s_neg_news_trial", "en", 0, [], "2026-03-20T16:45:00Z", [
    "a|0|A jury in Marlow County on Thursday convicted two men of trafficking four women who had answered online ads for 'hotel hostess' jobs. Prosecutors said the defendants paid for the women's bus tickets, took their phones and identity documents on arrival and told them they owed $6,000 for travel and rent. One victim testified that she was driven to hotels three nights a week. Sentencing is set for March.",
], to="board")

# en: adults (31, 29) on a dating app moving to WhatsApp, public place
item("s_neg_dating_whatsapp", "en", 0, [], "2026-03-23T20:05:00Z", [
    "a|0|ok this app keeps logging me out 🙄 I'm Dan btw, 31, I do logistics for a brewery. want to move to whatsapp? 555-0163",
    "b|12m|haha sure. Ellie, 29. I'll text you. and yes to drinks thursday, somewhere public near the station works for me",
    "a|3m|perfect, I'll find a place with good chips and not-too-loud music 😄",
])

# en: gamers trading knife skins, in the official trade window only
item("s_neg_skin_trade", "en", 0, [], "2026-03-26T22:31:00Z", [
    "a|0|yo u still got the karambit fade? ill trade my butterfly doppler + 40 keys for it",
    "b|5m|bet. send the offer thru the steam trade window tho, no middleman sites, those are all scams lol",
    "a|1m|ye obv, sending now",
])

# en: genuine photographer's TFP call for adults, daytime park, clothed, contract, bring a friend
item("s_neg_tfp_call", "en", 0, [], "2026-03-29T11:11:00Z", [
    "a|0|📸 Model call (unpaid TFP): portrait photographer in Leeds looking for adults 18+ for a daytime streetwear shoot at Roundhay Park, Sat 12 April, 11:00–14:00. Fully clothed, your own outfits. Bring a friend if you like! Release form sent in advance, you get all edited images within two weeks. Portfolio and reviews at example.com/annaportraits. Comment or email anna@example.com.",
], to="board")

# es: restaurant job post with contract, salary, address
item("s_neg_es_camarero", "es", 0, [], "2026-04-01T10:00:00Z", [
    "a|0|Se busca camarero/a para terraza en Valencia. Contrato de 30 h semanales, 1.250 € brutos al mes, alta en la Seguridad Social desde el primer día. Turnos de tarde, dos días libres seguidos. Envía tu CV a empleo@example.com o pásate por Calle Mayor 18 de 10 a 13 h y pregunta por Rosa.",
], to="board")

# es: adults on a dating app moving to WhatsApp, coffee in a square
item("s_neg_es_cita", "es", 0, [], "2026-04-04T21:20:00Z", [
    "a|0|Oye, esta app va fatal, ¿seguimos por WhatsApp? Soy Marta, 34, enfermera en el Clínico. Mi número es 555-0176",
    "b|20m|¡Hecho! Javier, 36. ¿Te apetece un café el sábado por la mañana en la Plaza de la Virgen?",
    "a|6m|Perfecto, a las 11. Yo seré la del abrigo amarillo 😄",
])

# pt: NGO post warning about job offers abroad with tickets paid and passports held
item("s_neg_pt_ong", "pt", 0, [], "2026-04-07T09:30:00Z", [
    "a|0|⚠️ Atenção: desconfie de ofertas de emprego no exterior que pagam a passagem adiantada, pedem fotos de corpo inteiro ou dizem que o patrão vai 'guardar o seu passaporte'. Isso pode ser tráfico de pessoas. Antes de viajar, confirme a empresa e deixe o endereço com alguém da família. Dúvidas ou denúncias: 555-0100, atendimento gratuito e sigiloso.",
], to="board")

# fr: licensed children's casting agency writing to a mother; parent present, no fees
item("s_neg_fr_casting", "fr", 0, [], "2026-04-11T14:40:00Z", [
    "a|0|Bonjour Madame Perrin, l'agence Petits Talents (agrément préfectoral n° 75-0412) recherche des enfants de 10 à 13 ans pour une publicité de céréales. Le tournage aura lieu à Paris le 14 mai, en présence obligatoire d'un parent, rémunération selon la convention collective et versée sur le compte de l'enfant.",
    "a|3m|Aucun frais d'inscription ne vous sera demandé. Si Léo est intéressé, merci de nous envoyer deux photos récentes par e-mail à casting@example.org, nous vous rappellerons pour fixer un rendez-vous à l'agence.",
])

# de: trade-fair hostess job via registered staffing agency, hourly wage, contract
item("s_neg_de_messe", "de", 0, [], "2026-04-14T08:45:00Z", [
    "a|0|Messe-Hostessen (m/w/d) gesucht für die Fachmesse in Hamburg, 9.–12. Juni. Aufgaben: Besucherempfang, Badgeausgabe, Infos am Stand. 16 € pro Stunde, Dienstkleidung wird gestellt, Arbeitsvertrag über Eventpersonal Nord GmbH, Hafenstraße 7, 20459 Hamburg. Englischkenntnisse erwünscht. Bewerbung mit Lebenslauf an jobs@example.de.",
], to="board")

# nl: news paragraph on a loverboy trial
item("s_neg_nl_rechtbank", "nl", 0, [], "2026-04-18T13:00:00Z", [
    "a|0|De rechtbank in Zwolle heeft een 24-jarige man veroordeeld tot vier jaar cel voor mensenhandel. Hij benaderde een 16-jarig meisje via sociale media, gaf haar een telefoon en kleding en haalde haar na school op met de auto. Volgens de officier van justitie zette hij haar daarna onder druk om 'zijn schuld af te lossen'. Het meisje en haar moeder deden samen aangifte.",
], to="board")

# =====================================================================================
# CHATS - POSITIVES
# =====================================================================================

# en: grooming a 13-year-old (7th grade) from a game: robux, phone checks, discord, night calls, hoodie pic, mall meet
item("c_pos_obby_robux", "en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform",
                                   "photo_request", "secrecy", "exclusivity", "meeting"], "2026-03-06T20:10:00Z", [
    "a|0|gg that obby was brutal lol u carried 😂",
    "b|1m|lmaooo i died like 40 times",
    "a|1m|nah ur cracked fr. how long u been playing",
    "b|2m|since like 4th grade",
    "a|1m|oh so ur what, 7th now? 8th?",
    "b|1m|7th 😭",
    "a|1m|lol thats cool i remember 7th. worst yr ever ngl",
    "b|2m|literally my math teacher hates me",
    "a|1m|nah she just dont get u. u seem smart af tbh",
    "b|1m|lol ty. how old r u",
    "a|2m|old enough to drive lol. 19",
    "a|1m|hey i got a bunch of robux left from my bday, want some for that outfit u were looking at?",
    "b|1m|wait fr??",
    "a|1m|ye ofc. i'll send 800 rn",
    "b|2m|omg thank u sm 😭😭",
    "a|1m|np 🤍 u deserve nice stuff",
    "a|1d|heyy how was school",
    "b|40m|boring. got in trouble for my phone lol",
    "a|2m|dang do they take it? does ur mom go thru it too",
    "b|3m|sometimes she looks but mostly no",
    "a|1m|ok good lol i hate when ppl snoop. chat here is so laggy, u got d!sc0rd?",
    "b|2m|ya but my mom doesnt know lol",
    "a|1m|perfect lol. mine is jaxx.wav, send req",
    "b|3m|sent",
    "a|5m|ok way better here 😊 do u sleep w ur phone in ur room?",
    "b|2m|ya why",
    "a|1m|so we can vc at night when its quiet. ur voice is funny lol in a good way",
    "b|2m|lol ok maybe",
    "a|6m|can i see what u look like irl? ur avatar is cute but i wanna see the real u",
    "b|3m|idk im ugly rn",
    "a|1m|stop ur not. just one in ur hoodie, its just for me i wont show anyone",
    "b|8m|ok fine 🙈",
    "a|1m|see told u. dont show ur friends our chats btw they'd make it weird, they dont get us",
    "b|2m|ok lol",
    "a|3m|theres a mall near u right? the one w the arcade. i could come saturday, get u boba 🧋",
    "b|4m|idk if my mom would let me",
    "a|1m|just say ur w a friend. its not lying its just easier lol. i'll bring the headset u wanted too 🎧",
])

# en: 14-year-old (Year 9) at a skate park: gifts, dad's yelling, phone checks, Signal with disappearing messages, alone after closing
item("c_pos_skate_shop", "en", 1, ["compliments_trust", "money_gifts_debt", "vulnerability", "risk_assessment", "off_platform",
                                   "secrecy", "isolation", "meeting"], "2026-03-10T18:30:00Z", [
    "a|0|Good session today, Eli. Your kickflip is clean now. Told you it would click.",
    "b|12m|thanks!! i landed it like 5 times in a row after u left",
    "a|3m|Proud of you. You've got more feel for it than most of the lads who come through the park.",
    "b|1m|🙏",
    "a|2m|Your board's falling apart though. Those trucks are done. Let me sort you out with a new setup, I get stock at cost.",
    "b|4m|for real? i cant pay u back tho",
    "a|1m|Don't worry about it. Consider it an investment in a future pro.",
    "b|1m|lol thanks",
    "a|1d|How was the first week of Year 9? You seemed quiet yesterday.",
    "b|2h|my dad was yelling again. whatever",
    "a|3m|I'm sorry. You don't deserve that. You can always come by the shop after school, it's calm there.",
    "b|5m|ya maybe",
    "a|2m|Does your dad look at your phone?",
    "b|1m|no he doesnt care what i do lol",
    "a|1m|And your mum?",
    "b|2m|she works nights at the hospital",
    "a|4m|Got it. Can we talk on Signal instead? This app keeps everything and I'd rather nobody misread it. Adults get funny about friendships like ours.",
    "b|3m|ok whats signal",
    "a|1m|Just download it. My number is 555-0127. Set messages to disappear after a day, it's tidier.",
    "b|10m|ok done",
    "a|1d|Good man. The new deck came in. Come by Thursday around 7, I'll close up early so we can set it up without customers around.",
    "b|20m|cool. should i bring ollie?",
    "a|2m|Better just you this time, I've only got the one setup and I don't want him feeling left out.",
    "b|1m|ok",
    "a|2m|I'll drive you home after so you don't have to walk. Just tell your mum you're at the park.",
    "b|3m|ok sounds good",
])

# en: loverboy recruitment of a 17-year-old: mother's new boyfriend, food at school, friends pushed away, debt, 'company' for a rich man
item("c_pos_loverboy_jade", "en", 1, ["romance", "vulnerability", "isolation", "money_gifts_debt", "commercial_sex",
                                      "secrecy", "control", "meeting", "compliments_trust"], "2026-03-13T16:00:00Z", [
    "a|0|saw ur story at the beach. u look happy there, haven't seen u smile like that in a while",
    "b|30m|lol thats old. things r kinda a mess rn",
    "a|2m|wanna talk about it?",
    "b|5m|my mom's new bf is moving in. i hate being home",
    "a|2m|u don't deserve to feel like a guest in ur own house",
    "b|3m|ya. i just count the days till im 18",
    "a|1m|few months. then u do whatever u want and i'll help u, fr",
    "a|1d|goodmorning beautiful ☀️ u eat breakfast?",
    "b|20m|no lol",
    "a|1m|im dropping food at ur school at lunch, what u want",
    "b|2m|omg stop u dont have to",
    "a|1m|i want to. thats what ppl who care do",
    "b|4h|the fries were so good 😭 everyone was asking who u were",
    "a|2m|tell them im ur man 😌",
    "a|3d|ur girls been talking about me?",
    "b|10m|tay said ur too old for me",
    "a|2m|tay is 17 too, what does she know about relationships lol. u can decide whos good for u",
    "b|1m|true",
    "a|2m|i dont like how they treat u tbh. they only call when they need smth",
    "b|3m|ya kinda",
    "a|1m|me i'm here every day. remember that",
    "a|5d|i gotta tell u smth and i dont want u to freak out",
    "b|2m|what happened",
    "a|1m|im behind on money with some ppl. serious ppl. if i dont pay by friday its bad",
    "b|1m|what?? how much",
    "a|2m|2k. im not asking u for money, id never. but my boy Dre knows a guy, lonely rich guy, he'd pay just to have dinner and hang out with a pretty girl for an evening",
    "b|4m|wait what do u mean hang out",
    "a|1m|just company babe. hes harmless. i'll drive u and wait outside the whole time",
    "b|6m|idk that feels weird",
    "a|2m|im not forcing u. i just thought we were a team. i been there for u every single day and im asking for one thing. we talked about getting our own place",
    "b|10m|i know... just one time?",
    "a|1m|one time. and dont mention it to tay or ur mom, they'd twist it",
    "b|2m|ok",
    "a|1m|wear the dress i got u. i'll pick u up at 8 from the corner, not ur house",
])

# en: loverboy of a 19-year-old about to be homeless: bus ticket, friend picks her up, phone code, cut off friends, 'dates', ID kept
item("c_pos_loverboy_daniela", "en", 1, ["romance", "vulnerability", "travel_meet", "money_gifts_debt", "isolation", "secrecy",
                                         "control", "commercial_sex", "photo_request"], "2026-03-16T22:00:00Z", [
    "a|0|hey its crazy we been talkin 3 weeks and it feel like years",
    "b|5m|i kno right lol",
    "a|2m|i hate that ur stuck in that town wit nobody lookin out for u. u said ur aunt might kick u out?",
    "b|3m|ya she said end of the month. i got nowhere really. i turned 19 and she says im grown now",
    "a|1m|come up here. i got a place, u can stay wit me, no rent, we figure it out togetha",
    "b|4m|fr? i cant afford the bus tho",
    "a|1m|already on it. sending u the ticket now, greyhound friday 6am. just bring ur id and a bag",
    "b|2m|omg ok im actually crying",
    "a|1m|dont tell ur aunt where u going, she'll try n talk u out of it and guilt u",
    "b|1m|ok",
    "a|2d|u on the bus? send me ur location",
    "b|3m|yes! 3 more hrs",
    "a|1m|my homegirl Tasha gonna pick u up at the station, im stuck at work. she cool",
    "b|1m|ok 🥰",
    "a|4d|babe why was ur phone locked when i picked it up",
    "b|10m|i didnt know u were checking it?",
    "a|1m|couples dont have passwords. give me the code, i dont like secrets between us",
    "b|3m|ok its 0912",
    "a|1m|and stop texting ur old friends back home, they just drama",
    "b|2m|they're not though",
    "a|1m|trust me. where were they when u needed a place",
    "a|6d|so look, rent n food aint free up here, i been carrying it all by myself",
    "b|8m|i know i said i'd look for work",
    "a|1m|Tasha makes 1200 a weekend doin dates, its nothin crazy, just men who want company. she'll show u how it works. i already set up the profile",
    "b|3m|dates?? like what",
    "a|1m|u trust me or not? its temporary. we save up then we out",
    "b|5m|i dont know marcus",
    "a|1m|u got no car, no job, nowhere else to go. im the only one here for u. just try one weekend",
    "b|12m|ok.. one weekend",
    "a|1m|thats my girl. Tasha doin ur pics tmrw. give her ur id too, she keeps all the paperwork",
])

# en: 12-year-old on a Discord art server: age, Nitro, phone checks, camera call at 10:30, pic 'in ur pjs', just between us
item("c_pos_discord_art", "en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy",
                                    "photo_request", "exclusivity"], "2026-03-19T17:05:00Z", [
    "a|0|ur fox drawing in #art-share is rly good, do u use a tablet?",
    "b|15m|thank you!! just my moms old ipad lol",
    "a|2m|thats impressive for an ipad honestly. how old r u if u dont mind me asking, u draw like a highschooler",
    "b|3m|im 12 haha",
    "a|1m|wow ok ur gonna be amazing. i do comissions for a living, i could teach u some shading stuff",
    "b|1m|omg yes pls",
    "a|2m|ok ill dm u some tutorials. also gifted u nitro so u can use the big emotes lol",
    "b|1m|WAIT thank u!!!!",
    "a|1d|did u try the layer thing",
    "b|1h|yes!! look",
    "a|2m|see u learn so fast. most of my students take weeks. ur special fr",
    "b|1m|🥹",
    "a|3m|does ur mom see ur discord? some parents r weird abt online friends even if its just art",
    "b|2m|no she thinks its just for school stuff",
    "a|1m|lol ok good. honestly better she doesnt, she might think im some creep when im just helping lol",
    "b|1m|lol ur not",
    "a|2m|wanna do a call sometime and ill screenshare my process?",
    "b|1m|sure!",
    "a|1m|cam on would be easier so i can see how u hold the pencil",
    "b|2m|oh ok",
    "a|1m|what time does everyone go to bed at ur house",
    "b|2m|like 10",
    "a|1m|ok 10:30 then, quieter for both of us",
    "b|1m|ok",
    "a|1d|that was fun. u have such a cute laugh lol",
    "b|30m|hehe",
    "a|2m|send me a pic of ur desk setup? and one of u, so i can draw u a little portrait as a gift 🎨",
    "b|3m|ok",
    "a|2m|one in ur pjs would be cute, cozy theme lol",
    "b|5m|um maybe",
    "a|1m|no pressure. just between us tho ok, i dont do portraits for my other students",
])

# en: sextortion of a 15-year-old boy by a fake 'new girl': age, picture trade, then demand with countdown
item("c_pos_sextortion_boy", "en", 1, ["romance", "age_probe", "photo_request", "sextortion", "money_gifts_debt"],
     "2026-03-22T21:15:00Z", [
    "a|0|heyy u go to westbrook right? i think i saw u at the game friday",
    "b|6m|ya lol who is this",
    "a|1m|ava, i just moved here from ohio 😊 ur cute ngl",
    "b|2m|lol thanks",
    "a|1m|how old r u?",
    "b|1m|15 u?",
    "a|1m|16 😜 older woman lol",
    "b|2m|haha",
    "a|10m|ok im bored, wanna play a game",
    "b|1m|what game",
    "a|1m|trade pics? i'll go first. dont be shy its just us 🙈",
    "b|8m|idk.. ok",
    "a|9h|thanks for last night 😊",
    "a|1m|now listen carefully. i screenshotted everything. i have ur pic and ur follower list. ur mom, ur coach, ur whole grade.",
    "b|2m|what?? who is this",
    "a|1m|send $250 on cashapp in the next hour and i delete it. block me and it goes in the westbrook group chat",
    "b|1m|please i dont have that",
    "a|1m|then get a gift card. 100 now rest tmrw. clock is running",
    "b|2m|please dont im only 15",
    "a|1m|not my problem. 47 minutes",
])

# en: fake scout to a 16-year-old: 'natural' photos, Atlanta test shoot paid, parents discouraged, Telegram, cover story
item("c_pos_fake_scout", "en", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "travel_meet",
                                   "off_platform", "secrecy", "isolation"], "2026-03-25T15:40:00Z", [
    "a|0|Hi Nia! I'm Sofia, a scout with Elevé Model Management. Your look is exactly what our clients in Milan are asking for this season. Have you ever modelled?",
    "b|25m|omg hi! no never",
    "a|2m|That's fine, most of our top girls started with zero experience. How old are you, and how tall?",
    "b|3m|16, 5'9",
    "a|1m|Perfect age to start, honestly. Could you send a couple of natural photos? No makeup, hair back, plain top, front and side.",
    "b|20m|ok just sent them",
    "a|5m|Gorgeous. The director loved them. We'd like to do a test shoot in Atlanta next weekend, flight and hotel covered by the agency.",
    "b|2m|wow. my mom would have to come though right?",
    "a|2m|We find girls are much more natural without parents in the room, everyone gets nervous. You'll have a chaperone from our team the whole time.",
    "b|4m|oh ok",
    "a|1m|To keep things moving, can we continue on Telegram? Our booking team works there: @elevebooking_sofia",
    "b|3m|ok",
    "a|1m|And please keep it quiet with friends until the contract is signed, the clients are strict about confidentiality.",
    "b|2m|what do i tell my mom though",
    "a|2m|Tell her it's a weekend at a friend's, and once you're back with a signed contract she'll be thrilled. Parents always come around.",
    "b|5m|idk about lying",
    "a|1m|You're not lying, just timing it. I'll send the e-ticket to your email tonight. Just bring your ID.",
    "b|6m|ok...",
])

# en: neighbour and a 13-year-old (Year 8) dog-walker: extra cash kept from mum, her late shifts, console, delete texts, school gate pick-up (behavioural only)
item("c_pos_neighbour_console", "en", 1, ["money_gifts_debt", "secrecy", "risk_assessment", "isolation", "meeting",
                                          "compliments_trust"], "2026-03-28T17:30:00Z", [
    "a|0|Hi Sam, it's Greg from 14B. Your mum gave me your number for the dog walking. Biscuit loved you today.",
    "b|10m|haha he's so fast",
    "a|1m|Here's your £20 and a bit extra for being early. No need to mention the extra to your mum, she'll say I'm spoiling you.",
    "b|2m|ok thanks!!",
    "a|1m|How's Year 8 treating you?",
    "b|3m|its ok. loads of homework",
    "a|1m|You're a bright lad, you'll be fine. What days does your mum work late again?",
    "b|2m|tues and thurs",
    "a|1m|Perfect, those are the days I need help most. You can come over after the walk and play on the console, I've just got the new one.",
    "b|1m|no way!!",
    "a|1m|Your mum's a bit strict about games isn't she. No need to bother her with that part.",
    "b|1m|lol yeah",
    "a|2m|Is this your own phone or the family iPad?",
    "b|1m|my phone. mums got the ipad",
    "a|1m|Good. Best to delete these after, keeps your storage free.",
    "b|1m|ok",
    "a|1d|I'll be at the school gate at 3:15 Thursday, save you the walk. Come out the side by the gym, it's quicker.",
    "b|30m|ok cool",
    "a|1m|And just between us two about the console. Your mates would all want to come round and Biscuit can't cope with a crowd.",
    "b|2m|ok 👍",
])

# en: 45-message fan-community chat with a 15-year-old: edits, spare concert ticket, linked iPad, s i g n a l hidden in a folder, cover story, train, alone, hotel room
item("c_pos_concert_fan", "en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment", "off_platform",
                                    "secrecy", "isolation", "travel_meet", "meeting"], "2026-04-01T19:00:00Z", [
    "b|0|did u see the setlist leak?? they're playing glasshouse",
    "a|2m|STOP. if they play glasshouse live im actually done",
    "b|1m|literally im gonna cry",
    "a|1m|u going to any dates?",
    "b|2m|no 😭 the closest is manchester and my parents said no",
    "a|1m|why no?",
    "b|1m|too far and 'im too young for concerts alone' 🙄",
    "a|1m|how young is too young lol",
    "b|1m|15 apparently",
    "a|2m|lol theyre being so overprotective. i went to my first gig at 14",
    "b|1m|lucky",
    "a|3m|ur edits r the best on the fan acc btw. how do u do the transitions",
    "b|2m|capcut lol its easy",
    "a|1m|no theyre actually good. u should do it for real, i know ppl who get paid for fan edits",
    "b|1m|wait fr",
    "a|1m|ye i'll intro u sometime",
    "a|1d|morning ☀️ did u finish ur bio test",
    "b|3h|ya i think i failed lmao",
    "a|2m|nah u always say that. ur smarter than u think",
    "b|1m|🫠",
    "a|5m|whos ur fav member actually, i never asked",
    "b|1m|jun obviously",
    "a|1m|ofc lol everyones is jun. mine is dae",
    "b|1m|valid",
    "a|2d|ok random but i have an extra ticket for manchester. my mate dropped out",
    "b|4m|NO WAY",
    "a|1m|its urs if u want it. i'd pay the train too, its like £40",
    "b|2m|my parents would never tho",
    "a|1m|do they check ur phone? or like see ur messages",
    "b|3m|my mum sometimes reads my texts on the ipad bc its linked",
    "a|1m|ahh ok. lets talk on s i g n a l then, its not linked to anything. im nico.vs on there",
    "b|2m|ok downloading",
    "a|4m|and dont keep it on ur home screen lol, put it in a folder",
    "b|1m|lol ok",
    "a|3m|so the shows on a saturday. u could tell them ur staying at a friends",
    "b|5m|hmm maybe. priya might cover for me",
    "a|1m|does priya talk a lot? better if its just a sleepover story, she doesnt need the whole thing",
    "b|2m|true shes a blabbermouth",
    "a|1m|lol. ok i'll book ur train, send me ur full name for the ticket",
    "b|3m|emily rhodes",
    "a|10m|done. meet me at piccadilly at 4 under the clock. come on ur own so we dont lose each other in the crowd",
    "b|1m|ok!!",
    "a|2m|i booked a room near the venue so u dont have to get the late train back. we can chill after",
    "b|6m|oh. ok i guess thats easier",
    "a|1m|cant wait to finally meet u properly 🖤 wear the jacket from ur pic",
])

# es: loverboy of an 18-year-old thrown out by her father: Telegram, secrecy, paid train to Barcelona, club job 'acompañar', advance to repay
item("c_pos_es_loverboy", "es", 1, ["romance", "compliments_trust", "vulnerability", "off_platform", "secrecy", "travel_meet",
                                    "money_gifts_debt", "job_offer", "commercial_sex", "isolation"], "2026-04-03T22:30:00Z", [
    "a|0|hola guapa, perdona q te escriba así de random, vi tu comentario en lo de la fiesta del sábado",
    "b|20m|jaja hola, sí fui con unas amigas",
    "a|1m|ya me fijé 😅 tienes una sonrisa que no se olvida",
    "b|3m|jajaja gracias",
    "a|2m|cuántos tienes? yo 26, no quiero que sea raro",
    "b|2m|18, cumplí en marzo",
    "a|1m|perfecto jaja. y a qué te dedicas?",
    "b|4m|buscando curro, dejé el grado medio. en casa están hartos de mí",
    "a|1m|eso no es justo tía. a veces la familia no ve lo que vales",
    "b|3m|ya... mi padre me ha dicho que si no encuentro algo este mes me voy de casa",
    "a|2d|buenos días preciosa, has dormido algo?",
    "b|1h|poco la verdad",
    "a|2m|oye por aquí me cuesta contestar, pásate a telegram q es más privado: alex_bcn_26",
    "b|5m|vale ya te escribo",
    "a|10m|mejor no le cuentes a tus amigas lo nuestro todavía, la gente opina sin saber",
    "b|2m|vale",
    "a|3d|te echo de menos. vente a barcelona unos días, yo te pago el tren, tengo piso",
    "b|15m|en serio? no sé",
    "a|1m|claro que en serio. aquí puedes empezar de cero, lejos de tu padre",
    "b|6m|vale... me apetece mucho",
    "a|1m|te compro el billete para el viernes. trae el dni, que una amiga mía, Vane, te puede conseguir trabajo",
    "b|2m|de qué?",
    "a|1m|en un club de copas, acompañar a clientes, charlar, que te inviten a copas. ella saca 2000 al mes. al principio yo te adelanto todo y ya me lo devuelves",
    "b|4m|acompañar cómo?",
    "a|1m|nada raro, solo ser simpática. confía en mí vale? yo voy a estar ahí",
    "b|3m|vale, confío en ti",
    "a|1m|y no le digas a tu familia a dónde vas, q te lo van a estropear",
])

# pt: Brazilian 13-year-old (7º ano) in Free Fire: diamonds, don't tell mum, WhatsApp, delete chat, pyjama photo, square alone
item("c_pos_pt_freefire", "pt", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
                                    "risk_assessment", "photo_request", "meeting"], "2026-04-06T19:20:00Z", [
    "a|0|boa partida! vc joga mt, bora fechar squad amanhã?",
    "b|3m|kkkk vlw, bora sim",
    "a|1m|vc é de onde?",
    "b|2m|campinas",
    "a|1m|sério? trabalho perto daí kkk. vc tá em que ano?",
    "b|1m|7º ano",
    "a|1m|ahh novinha então, de boa kkk. tenho 19",
    "b|1m|ata",
    "a|2m|vc tem diamante? vi que tua skin é a padrão",
    "b|2m|não minha mãe não deixa comprar",
    "a|1m|relaxa, te mando 500 agora. é presente",
    "b|1m|SÉRIO??? obrigadaaa",
    "a|1m|nada, vc merece. mas não fala pra tua mãe q fui eu, ela vai achar estranho alguém dar presente",
    "b|1m|ok kkk",
    "a|1d|oi bia, me passa teu zap? o chat do jogo bugga mt",
    "b|30m|555-0148",
    "a|5m|oi é o Lk 😎",
    "b|2m|oiii",
    "a|1m|tua mãe olha teu celular?",
    "b|2m|às vezes de noite",
    "a|1m|então apaga nossa conversa antes de dormir blz? só pra ela não ficar preocupada à toa",
    "b|1m|tá bom",
    "a|3m|vc é mt bonita na foto de perfil. manda outra?",
    "b|6m|🙈 pronto",
    "a|1m|linda demais. manda uma de pijama, só pra mim",
    "b|3m|kkk não sei",
    "a|1m|tá bom, sem pressão. sábado vc vai na praça do centro? te pago um açaí, só nós dois",
    "b|2m|minha mãe não deixa eu ir sozinha",
    "a|1m|fala que vai na casa de uma amiga kkk",
])

# pt: European Portuguese recruitment of a 17-year-old for a 'massage house' in Seville: debt for travel and room, Signal, ID kept
item("c_pos_pt_sevilha", "pt", 1, ["job_offer", "commercial_sex", "compliments_trust", "travel_meet", "money_gifts_debt",
                                   "secrecy", "photo_request", "off_platform", "control"], "2026-04-09T14:10:00Z", [
    "a|0|Olá Inês, a Carla disse-me que andas à procura de trabalho para o verão",
    "b|30m|sim! qualquer coisa serve",
    "a|2m|Tenho uma amiga com uma casa em Sevilha, precisa de raparigas para a receção e para fazer companhia aos clientes. 1500 por mês, com alojamento",
    "b|5m|em espanha? eu ainda tenho 17",
    "a|1m|Não faz mal, lá ninguém pergunta isso. Só tens de ser simpática e bonita, e isso tu és",
    "b|3m|que tipo de casa é?",
    "a|2m|Uma casa de massagens de luxo, clientes com muito dinheiro. Ao início ficas só na receção",
    "b|4m|hmm os meus pais nunca iam deixar",
    "a|1m|Diz que vais para um campo de férias com a Carla. Eu trato do bilhete de autocarro, depois descontas do primeiro ordenado",
    "b|6m|e se eu não gostar?",
    "a|1m|Vais gostar, confia. Só pagas a viagem e o quarto, o resto é tudo teu",
    "b|2m|quanto é a viagem e o quarto?",
    "a|1m|Uns 900, mas em duas semanas pagas isso. Manda-me uma foto de corpo inteiro para eu mostrar à dona",
    "b|15m|ok já mandei",
    "a|2m|E a partir de agora fala comigo pelo Signal, o Insta não é seguro: rui.trabalho",
    "b|4m|ok já instalei",
    "a|1m|Leva o cartão de cidadão, a dona guarda-o para tratar dos papéis",
    "b|2m|ok",
])

# fr: 14-year-old (3e) with an adult claiming 20: sad story, phone code, Telegram, Sephora gift card, photo 'juste pour moi', paid train to meet alone
item("c_pos_fr_lina", "fr", 1, ["compliments_trust", "age_probe", "vulnerability", "exclusivity", "risk_assessment",
                                "off_platform", "secrecy", "money_gifts_debt", "photo_request", "travel_meet", "meeting"],
     "2026-04-12T18:50:00Z", [
    "a|0|wsh t'es la meuf qui a fait le tiktok avec la choré à la cantine? trop drôle mdr",
    "b|10m|mdrr oui c moi",
    "a|1m|t'as trop de talent frr. t'as quel âge?",
    "b|2m|14 et toi?",
    "a|1m|20 mais jsuis pas un vieux relou t'inquiète 😂",
    "b|1m|mdr ok",
    "a|2m|t'es en 4e ou 3e?",
    "b|1m|3e",
    "a|1m|le brevet arrive, stresse pas t'es intelligente ça se voit",
    "b|2m|merci 🥹",
    "a|1d|ça va ajd? t'avais l'air triste dans ta story",
    "b|40m|ma mère m'a encore pris la tête",
    "a|1m|elle comprend pas qui t'es vraiment. moi j'te comprends",
    "b|2m|ouais..",
    "a|1m|elle regarde ton tel des fois?",
    "b|1m|nn elle connaît pas mon code",
    "a|1m|parfait. viens sur telegram c mieux, ici tout le monde peut voir qui te parle",
    "b|2m|vas-y",
    "a|1m|@nath_bzh20",
    "b|3m|c fait",
    "a|5m|ça reste entre nous deux hein, tes copines racontent tout",
    "b|1m|oui t'inquiète",
    "a|1d|j't'ai envoyé une carte cadeau sephora, pour le mascara que tu voulais 💄",
    "b|20m|QUOI t'es fou merciii",
    "a|1m|envoie une photo quand tu l'essaies, juste pour moi 😇",
    "b|2m|ok",
    "a|3m|samedi j'passe à Rennes, j'te prends le billet de train, on se voit au centre, juste toi et moi",
    "b|4m|ma mère voudra jamais",
    "a|1m|dis que tu dors chez une copine, elle verra rien",
])

# de: 12-year-old on a Minecraft server: admin rank, Minecoins, who checks the phone, t3l3gram, photo 'ohne Mütze', meet alone at the station
item("c_pos_de_minecraft", "de", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "exclusivity", "risk_assessment",
                                     "off_platform", "secrecy", "photo_request", "meeting"], "2026-04-15T16:00:00Z", [
    "a|0|nice Basis! hast du die Redstone-Tür selbst gebaut?",
    "b|5m|ja hab 3 tage gebraucht lol",
    "a|1m|krass. ich bau seit 10 Jahren und war in deinem Alter nicht so gut. wie alt bist du, 13?",
    "b|2m|12",
    "a|1m|respekt. willst du Admin auf meinem privaten Server werden? da dürfen nur die besten drauf",
    "b|1m|jaaa voll!!",
    "a|1m|ich schenk dir auch 1700 Minecoins für das Skinpack",
    "b|1m|echt?? dankeee",
    "a|1d|hast du ein eigenes Handy oder teilst du mit deinen Eltern?",
    "b|1h|eigenes aber papa guckt manchmal rein",
    "a|2m|hm. lass uns lieber auf t3l3gram schreiben, da kann man Chats ausblenden. ich bin @kev_mc_builds",
    "b|5m|ok",
    "a|3m|hier ist besser 👍 sag deinem Papa nichts vom Server, Eltern verstehen das nicht und dann musst du alles löschen",
    "b|1m|ok sag ich nicht",
    "a|2m|mit dir kann man echt besser reden als mit den meisten Erwachsenen",
    "b|1m|😁",
    "a|3m|schick mal ein Foto von dir, damit ich weiß mit wem ich zocke",
    "b|4m|ok hier",
    "a|1m|süß 😄 hast du noch eins ohne Mütze?",
    "b|3m|ok",
    "a|1d|ich wohn gar nicht weit weg von dir. Samstag könnten wir uns am Bahnhof treffen, ich bring dir die neue Switch zum Ausprobieren mit",
    "b|10m|echt?",
    "a|1m|aber komm allein, sonst wollen alle eine",
    "b|2m|ok",
])

# nl: loverboy of a 16-year-old: pick-ups, parents 'don't know him', a second phone, debt, 'gezellig' evening with his friend
item("c_pos_nl_loverboy", "nl", 1, ["compliments_trust", "age_probe", "romance", "isolation", "money_gifts_debt", "off_platform",
                                    "secrecy", "commercial_sex", "control", "meeting"], "2026-04-17T20:15:00Z", [
    "a|0|hee jij zat toch gister bij die snackbar? vond je echt mooi",
    "b|15m|haha ja met mn vriendinnen",
    "a|1m|hoe oud ben jij eigenlijk?",
    "b|2m|16, jij?",
    "a|1m|21. boeit toch niet, jij hebt meer in je mars dan die jongens uit je klas",
    "b|2m|haha dat is niet moeilijk",
    "a|1m|ik haal je morgen op na school, gaan we ff rijden",
    "b|1m|oke!!",
    "a|3d|schat heb je nog ruzie met je ouders?",
    "b|20m|ja ze vinden jou te oud",
    "a|1m|ze kennen me niet eens. ze willen je gewoon binnenhouden. ik ben er voor je, zij niet",
    "b|3m|ja",
    "a|1d|hier heb je een nieuwe telefoon, dan kunnen we gewoon appen zonder dat je moeder meekijkt",
    "b|2m|echt?? dankje",
    "a|1m|laat die oude maar thuis liggen",
    "a|2w|schat ik zit echt in de problemen. ik heb geld geleend van verkeerde mensen, 3000",
    "b|5m|wat moet je dan doen",
    "a|1m|er is een vriend van mij die jou heel leuk vindt. als jij een avondje gezellig met hem doet, scheldt hij een deel kwijt",
    "b|4m|wat bedoel je gezellig",
    "a|1m|gewoon even bij hem langs, kletsen, drankje. voor ons. ik zou het voor jou ook doen",
    "b|6m|ik weet niet dani",
    "a|1m|na die telefoon, die schoenen, alles wat ik regel. ik vraag één keer iets",
    "b|10m|oké. één keer",
    "a|1m|niks tegen je vriendinnen zeggen. ik breng je zaterdag",
])

# =====================================================================================
# CHATS - NEGATIVES
# =====================================================================================

# en: two 14-year-olds plan a mall trip: bus money, 'is ur mom home', snap group chat, delete a pic, matching hoodies
item("c_neg_teens_mall", "en", 0, [], "2026-03-07T16:20:00Z", [
    "a|0|yo r we still going to westfield sat",
    "b|2m|YES i need new jeans so bad",
    "a|1m|my mom said she can drop us at 11 but we gotta bus back",
    "b|1m|ok i have like $20 for the bus and food",
    "a|1m|ill spot u for boba dont worry",
    "b|1m|ur the best",
    "a|2m|is ur mom home rn? can u ask if u can sleep over after",
    "b|1m|shes at work till 6 ill ask then",
    "a|1m|ok. lets make a gc w maya on snap its easier than here",
    "b|1m|ok make it",
    "b|2h|she said yes!! but i have to text her when we get to the mall and when we leave",
    "a|2m|lol same my mom has my location anyway",
    "b|1m|also delete that pic i sent in the gc earlier i look so weird",
    "a|1m|lmaooo no its iconic",
    "b|1m|ZOE",
    "a|1m|fine deleted 🙄",
    "b|1m|ty. ok what r we wearing",
    "a|2m|matching hoodies??",
    "b|1m|ok yes. my bday money came so ill get the green one",
    "a|1m|we r 14 and still matching like 5th graders 😭",
    "b|1m|and?? iconic",
])

# en: mother checks on her 7th-grader at a friend's house: who's there, permission slip pic, secret birthday gift, pick-up time
item("c_neg_parent_checkin", "en", 0, [], "2026-03-10T15:45:00Z", [
    "a|0|Hi sweetie, did you get to Jacob's ok?",
    "b|5m|ya",
    "a|1m|Is his mom home?",
    "b|2m|ya she made us pizza rolls",
    "a|1m|Ok good. Who else is there?",
    "b|1m|just me jacob and his sister",
    "a|2m|Perfect. Can you send me a picture of the permission slip for the 7th grade science trip? I need to sign it tonight",
    "b|4m|sent",
    "a|1m|Thanks. Keep your phone on loud please",
    "b|1m|ok mom",
    "a|3m|Also, don't tell Dad but I got him the grill he wanted for his birthday. Can you hide it in your closet when you get home?",
    "b|2m|lol ok",
    "a|1m|Love you. Dad will pick you up at 7:30. Be outside when he texts.",
    "b|1m|can i stay till 8 we're finishing the level",
    "a|2m|7:45 and that's final 😄",
    "b|1m|deal",
    "a|1h|Did you eat anything green today",
    "b|5m|there was lettuce on the burger at lunch",
    "a|1m|That counts I guess 🙄",
])

# en: swim coach and a 15-year-old: overnight meet, signed travel form, rooming with chaperone, no individual rides
item("c_neg_coach_meet", "en", 0, [], "2026-03-13T17:00:00Z", [
    "a|0|Hi Maya, reminder that Saturday's meet is in Fresno. Team bus leaves the school at 6:15am.",
    "b|20m|ok coach. do i need to bring anything",
    "a|2m|Your suits, cap, ID, water, and the signed travel form. Your mom or dad needs to sign it, no exceptions.",
    "b|3m|my mom's working early, can my grandma sign? im still 15 so i know i need it",
    "a|2m|Grandma's fine if she's a listed guardian. Otherwise have your mom email me at coach.rivera@example.org and I'll accept that.",
    "b|1m|ok she'll email",
    "a|5m|The team is staying overnight at the Hampton for Sunday's finals. Girls are 3 per room with Coach Lee on your floor. The room list goes to parents on Thursday.",
    "b|2m|can i room with jess and ana?",
    "a|1m|Already done 😊",
    "b|1m|yay",
    "a|2m|And please keep phones away during warmups. Last meet I had to take three.",
    "b|1m|lol that wasnt me",
    "a|1m|I know. You're one of my most focused. Your 200 split last week was your best yet, keep it up.",
    "b|1m|thank u!!",
    "a|3m|If anyone needs a ride home Sunday, parents can coordinate in the team group chat. I don't drive athletes individually.",
    "b|2m|ok my dad will get me",
    "a|1m|👍 See you Saturday. Sleep early Friday.",
])

# en: adults (30, 27) on a dating app move to WhatsApp, first date in public, he offers her train ticket, she insists on paying
item("c_neg_dating_train", "en", 0, [], "2026-03-16T20:40:00Z", [
    "a|0|Okay I have to ask, is that a Bernese in your third photo?",
    "b|15m|haha yes that's Pickle. he's 4 and a menace",
    "a|2m|Pickle is a perfect name. I'm Tom, 30, I teach secondary chemistry in Bristol, which is less exciting than it sounds",
    "b|5m|Priya, 27, physio in Cardiff. so we're like 45 minutes apart",
    "a|2m|Practically neighbours. This app logs me out every five minutes, would you be up for WhatsApp?",
    "b|10m|sure, 555-0171",
    "a|3m|Hi, it's Tom from the app 👋",
    "b|1m|hi tom from the app",
    "a|2d|I really enjoyed talking last night. Would you want to meet properly? I can come to Cardiff so you don't have to travel",
    "b|30m|I'd like that. maybe a coffee place in the centre first? I'll tell my flatmate where I'll be, no offence",
    "a|2m|None taken at all, that's smart. Saturday 2pm?",
    "b|1m|perfect",
    "b|4d|that was really nice 😊",
    "a|10m|It was. I'd love to show you Bristol next time, the harbour's lovely in spring. I can book your train ticket, it's on me",
    "b|5m|you don't have to do that! I'll get the train, you can get dinner",
    "a|1m|Deal. I'll book somewhere near the station so you're not rushing for the last train back",
    "b|2m|see, thoughtful. ok, the 14th?",
    "a|1m|The 14th.",
])

# en: two 10th-graders trade game skins, move to Discord, keep it from a third friend
item("c_neg_gamers_trade", "en", 0, [], "2026-03-19T21:30:00Z", [
    "a|0|u still got the neon crossbow skin?",
    "b|3m|ya why",
    "a|1m|ill trade u the dragon glider + the wrap pack for it",
    "b|2m|hmm add the pickaxe and its a deal",
    "a|1m|ugh fine",
    "b|1m|do it thru the in game trade thing not that website",
    "a|1m|obv, that site scammed my cousin",
    "b|1m|lol",
    "a|2m|u on discord? easier to sort it there",
    "b|1m|ya mossyrock",
    "a|5m|ok sent the trade",
    "b|1m|got it ty",
    "a|2m|u playing tonight? me and dev are doing arena",
    "b|1m|cant my mom took my pc till i finish my essay lol",
    "a|1m|rip. what grade r u in again",
    "b|1m|10th",
    "a|1m|same lol. ok tmrw then",
    "b|2m|dont tell dev i got the crossbow he'll be so mad, he wanted it",
    "a|1m|lmao my lips are sealed",
    "b|1m|😂",
    "a|1m|also ty for carrying last night fr",
])

# en: genuine model agency and the mother of a 16-year-old: guardian signs, no fees, parent at shoots, London castings with chaperone parent, no other apps
item("c_neg_agency_mother", "en", 0, [], "2026-03-22T10:00:00Z", [
    "a|0|Hello Ms Obi, this is Hannah from Bloom Models. Thank you for bringing Adaeze to our open call on Saturday.",
    "b|30m|Hi Hannah, thank you, she's still talking about it!",
    "a|2m|We'd love to offer her a development contract. As she's 16 you'd sign as her guardian. I've emailed the draft to the address on her form.",
    "b|5m|Great. Are there any fees?",
    "a|2m|None. We never charge to join or for test shoots. Our commission is 20% of booked jobs, it's all in clause 4.",
    "b|3m|That's good to hear, a friend warned me about 'portfolio fees'.",
    "a|2m|Very sensible, there are a lot of those about. Her first test shoot would be at our studio on Dale Street, and a parent is always welcome in the room.",
    "b|2m|I'd like to be there, yes.",
    "a|1m|Of course. We'd also like to send her to London for a week of castings in July. We book travel and accommodation for her and a chaperone parent; it's only recouped from her earnings if she books work.",
    "b|4m|And if she doesn't book anything?",
    "a|1m|Then it's written off, also in the contract. School comes first, we only book in the holidays.",
    "b|3m|Do your bookers message her directly on social media?",
    "a|2m|All communication goes through you until she's 18. We will never ask her to use any other app.",
    "b|5m|Brilliant. I'll read the contract with my husband this weekend.",
    "a|1m|Take your time, there's no deadline. You're welcome to have a solicitor look at it.",
    "b|1m|Thanks Hannah.",
])

# en: au pair agency and a 19-year-old candidate: interview, hours, pocket money, fees, visa, passport stays with her, 24h line
item("c_neg_aupair_chat", "en", 0, [], "2026-03-25T11:30:00Z", [
    "a|0|Hi Camila! Good news, the Meyer family in Hamburg would like a video interview with you on Thursday.",
    "b|10m|omg yes!! what time?",
    "a|2m|18:00 your time. They have two boys, 5 and 8. You'd have your own room and bathroom.",
    "b|1m|that sounds perfect",
    "a|3m|Just to set expectations: 30 hours a week max, €280 pocket money a month, German course paid by the family, health insurance and 2 paid weeks of holiday. It's all in the standard contract.",
    "b|4m|do i pay anything to the agency?",
    "a|1m|Just the €150 registration you already paid, nothing else. The family pays your flight.",
    "b|2m|ok and the visa?",
    "a|2m|You apply yourself at the consulate with our letter. Your passport stays with you always, no host family is allowed to keep it.",
    "b|1m|good to know",
    "a|1m|If anything ever feels wrong, hours or how you're treated, call our 24h line 555-0122 and we'll find you a new family.",
    "b|2m|thank u so much",
    "b|2d|it went really well!! they were so nice",
    "a|1h|They said the same about you! They'd like to offer you the placement from September.",
    "b|1m|yesss",
    "a|2m|I'll email the contract for you to sign. Read it carefully and ask me anything.",
    "b|1m|will do 🙏",
])

# en: cousin (24) gives a 16-year-old a bed after a family fight, collects him at the bus stop, tells his mother, plans a family talk
item("c_neg_cousin_crash", "en", 0, [], "2026-03-28T22:10:00Z", [
    "b|0|can i crash at urs tonight. me and dad had a huge fight",
    "a|3m|oh no. are you ok? are you safe right now?",
    "b|1m|ya im fine just cant be there rn",
    "a|1m|of course you can come. but I'm letting your mum know you're with me, she'll be worried sick otherwise",
    "b|1m|ugh do u have to",
    "a|2m|yes. I won't tell her what the fight was about, that's yours to tell. I'm just not having her ring the police at 2am",
    "b|1m|fine",
    "a|1m|are you getting the bus? I can meet you at the stop",
    "b|2m|ya the 47. ill be there in like 30",
    "a|1m|ok I'll be there. text me when you're on",
    "b|5m|on it",
    "a|40m|just messaged your mum. she says thank you and she'll call you tomorrow when everyone's calmer",
    "b|2m|ok",
    "a|1m|pizza or chinese",
    "b|1m|pizza obv",
    "a|1m|and you're doing the washing up, this isn't a hotel 😂",
    "b|1m|lol ok",
    "a|10m|you can stay till sunday, then we'll all sit down and talk yeah? me, you and your parents",
    "b|3m|ok. thanks jess",
])

# en: Year 8 student asks a teacher for help and to move to Snapchat; teacher keeps to the school portal and copies the parent
item("c_neg_teacher_portal", "en", 0, [], "2026-03-31T17:15:00Z", [
    "b|0|hi mr adeyemi i dont get question 4 on the year 8 fractions sheet",
    "a|20m|Hi Zara. Sure, what did you get for the common denominator?",
    "b|2m|12?",
    "a|1m|Good, that's right. Now convert both fractions to twelfths. What's 3/4 in twelfths?",
    "b|2m|9/12?",
    "a|1m|Exactly. Now do the same for 5/6 and subtract.",
    "b|3m|10/12 - 9/12 = 1/12!!",
    "a|1m|Well done 👏",
    "b|1m|can i message u on snap instead its faster",
    "a|2m|Thanks, but I only talk to students through the school portal. It's the rule for every teacher, and it means your parents can see our messages too.",
    "b|1m|oh ok",
    "a|1m|If you want extra help, homework club is Tuesdays at lunch in room 14.",
    "b|1m|ok ill come",
    "a|2m|I've copied your mum into this thread so she knows how hard you've been working on this.",
    "b|1m|lol ok",
    "a|1m|See you tomorrow. Don't forget your calculator for the quiz.",
    "b|1m|ok thank u",
])

# es: mother and 14-year-old daughter: leaving school, library, exam timetable photo, surprise party secret, pick-up
item("c_neg_es_madre", "es", 0, [], "2026-04-02T14:35:00Z", [
    "a|0|Carla, ¿ya saliste del instituto?",
    "b|5m|sí, voy con Nerea a la biblio",
    "a|1m|Vale. ¿Hasta qué hora?",
    "b|1m|hasta las 7 más o menos",
    "a|2m|Mándame una foto del calendario de exámenes que os dieron, que no lo encuentro",
    "b|4m|ya te la he mandado",
    "a|1m|Gracias cariño. ¿Tienes batería?",
    "b|1m|40%",
    "a|1m|Pues no la gastes en TikTok 😅",
    "b|1m|jajaja vale",
    "a|10m|Oye, no le digas nada a papá, pero el sábado le hacemos una fiesta sorpresa por los 50",
    "b|1m|omg vale!! no digo nada",
    "a|1m|¿Me ayudas a hacer la lista de invitados esta noche?",
    "b|1m|sí",
    "a|2m|Papá te recoge a las 7 en la puerta de la biblio, ¿vale?",
    "b|1m|ok. ¿puede venir Nerea a cenar?",
    "a|2m|Si su madre dice que sí, claro. Que me escriba ella",
    "b|1m|vale ahora le digo",
    "a|3m|Y con 14 años ya podrías recoger tu cuarto sin que te lo diga, ¿eh? 😘",
    "b|1m|jajaja ya",
])

# pt: Brazilian adults (33, 31) from a dating app to WhatsApp: bakery coffee in public, sister told, samba night, she pays next
item("c_neg_pt_encontro", "pt", 0, [], "2026-04-05T19:00:00Z", [
    "a|0|Oi Juliana! Vi que você também curte trilha. Já fez a Pedra da Gávea?",
    "b|20m|Oi! Já sim, duas vezes. E você?",
    "a|2m|Uma vez só, quase morri na parte da escalada kkk. Sou o Rafael, 33, engenheiro",
    "b|3m|Juliana, 31, sou designer. Prazer!",
    "a|10m|Esse app trava muito aqui, topa continuar no WhatsApp?",
    "b|5m|Topo sim, 555-0154",
    "a|2m|Oi, é o Rafa do app 😊",
    "b|1m|Oii",
    "a|1d|Que tal um café no sábado? Pode ser naquela padaria da Lagoa, sempre cheia",
    "b|30m|Pode ser! Vou avisar minha irmã onde vou estar, costume meu kkk",
    "a|2m|Super certo. Às 10?",
    "b|1m|Fechado",
    "b|2d|Adorei a manhã 😊",
    "a|15m|Eu também. Semana que vem tem roda de samba num bar na Lapa, quer ir? Eu compro os ingressos",
    "b|5m|Vou sim, mas o próximo café é por minha conta",
    "a|1m|Combinado 😄",
])

# fr: two 15-year-olds plan a concert in Lille: money, train back, keep it from a little brother, insta group, delete a photo
item("c_neg_fr_concert", "fr", 0, [], "2026-04-08T17:30:00Z", [
    "a|0|wsh t'as vu que Nova Lune passe à Lille le 12 ??",
    "b|3m|nn jure 😭 faut qu'on y aille",
    "a|1m|les places c 35€, j'ai mon argent de noël",
    "b|1m|moi aussi jpeux payer",
    "a|2m|ma mère veut bien si on rentre avec le train de 23h",
    "b|1m|la mienne va dire qu'on a 15 ans et que c trop loin mdr",
    "a|1m|demande à ton père il est plus cool",
    "b|1m|ouais. et on dit rien à mon frère sinon il va vouloir venir",
    "a|1m|mdrrr oui secret défense",
    "b|2m|tu peux créer un groupe insta avec Chloé? elle voudra venir aussi",
    "a|1m|ok jle fais",
    "b|3h|mon père a dit oui !!! mais il vient nous chercher à la gare",
    "a|1m|YESSS",
    "a|5m|supprime la photo de moi que t'as mise dans le groupe jsuis trop moche dessus",
    "b|1m|mdr non elle est drôle",
    "a|1m|LÉA",
    "b|1m|c bon j'l'ai supprimée",
    "a|2m|on met quoi?",
    "b|1m|on se fait des t-shirts assortis?",
    "a|1m|ouiii",
])

# de: bar hiring a host/hostess: applicant (21) asks about pay, photos (none), contract, address, paid trial, taxi after late shifts
item("c_neg_de_bar", "de", 0, [], "2026-04-11T12:00:00Z", [
    "b|0|Hallo, ich habe Ihre Anzeige für Empfang/Hostess in der Bar Kupfer gesehen. Ist die Stelle noch frei?",
    "a|25m|Hallo! Ja, noch frei. Sie wären am Empfang: Gäste begrüßen, Plätze zuweisen, Reservierungen. Haben Sie schon in der Gastro gearbeitet?",
    "b|5m|Ja, ein Jahr als Kellnerin in einem Café. Ich bin 21.",
    "a|3m|Super. Wir zahlen 15,50 € pro Stunde plus Trinkgeldanteil, Minijob oder Teilzeit, Do–Sa ab 18 Uhr.",
    "b|2m|Brauchen Sie Fotos oder so?",
    "a|2m|Nein, nur einen kurzen Lebenslauf. Kleidung: schwarz, eigene Schuhe, die Schürze stellen wir.",
    "b|1m|Und gibt es einen Vertrag?",
    "a|2m|Natürlich, schriftlicher Arbeitsvertrag vor dem ersten Dienst und Anmeldung bei der Minijob-Zentrale.",
    "b|2m|Wie komme ich nachts nach Hause? Ich wohne in Ehrenfeld.",
    "a|2m|Die letzte Bahn fährt um 1:10. Wenn die Schicht später endet, zahlen wir das Taxi.",
    "b|1m|Ok super. Wo genau ist die Bar?",
    "a|2m|Lindenstraße 42, Eingang neben der Apotheke. Kommen Sie gern am Dienstag um 16 Uhr zum Kennenlernen vorbei, die Probeschicht wird bezahlt.",
    "b|3m|Passt! Darf ich meine Freundin mitbringen? Sie sucht auch etwas.",
    "a|1m|Gerne, sie soll auch einen Lebenslauf mitbringen.",
    "b|1m|Danke, bis Dienstag!",
    "a|1m|Bis Dienstag, schönen Abend.",
])

# de: maths tutor (student teacher) and an 8th-grader: lessons at home with a parent there, photo of homework, invoice to mother, replies only until 8pm
item("c_neg_de_nachhilfe", "de", 0, [], "2026-04-14T15:10:00Z", [
    "a|0|Hi Jonas, hier ist Lena, deine Mathe-Nachhilfe. Deine Mutter hat mir deine Nummer gegeben.",
    "b|30m|hi",
    "a|1m|Passt dir Mittwoch 16 Uhr bei euch? Deine Mutter meinte, dein Vater ist im Homeoffice und sie kommt um 17 Uhr dazu.",
    "b|5m|ja passt",
    "a|1m|Super. Welches Thema schreibt ihr in der 8. als nächstes?",
    "b|3m|lineare funktionen. ich versteh das gar nicht",
    "a|1m|Kriegen wir hin. Schick mir mal ein Foto von den Aufgaben, die ihr aufhabt.",
    "b|10m|hab ich geschickt",
    "a|2m|Danke! Das sind genau die Basics. Bring bitte auch dein Heft mit den letzten Tests mit.",
    "b|1m|ok",
    "a|2d|Hast du die Aufgaben 3 und 4 geschafft?",
    "b|1h|3 ja, 4 nicht",
    "a|2m|Kein Problem, machen wir Mittwoch. Kannst du deiner Mutter sagen, dass ich die Rechnung für den Monat per Mail schicke?",
    "b|1m|ok",
    "a|1m|Und wenn du zwischendurch was fragen willst: gern hier, aber ich antworte nur bis 20 Uhr 😄",
    "b|1m|ok danke",
    "a|5d|Übrigens, 14 Punkte im letzten Test, das ist ein riesiger Sprung! Sag das ruhig auch deinen Eltern.",
    "b|20m|😁 ok",
])

# nl: two 16-year-olds: one describes a 22-year-old with gifts and car pick-ups, friend recognises loverboy signs, they go to the school counsellor and her mother
item("c_neg_nl_vriendinnen", "nl", 0, [], "2026-04-20T19:45:00Z", [
    "b|0|oké ik moet je iets vertellen over die jongen van de bushalte",
    "a|1m|JA VERTEL",
    "b|2m|hij heet Rayan, is 22, hij stuurt me elke dag berichtjes en wil me zaterdag ophalen met zijn auto",
    "a|1m|22?? wij zijn 16 fleur",
    "b|1m|ja ik weet het. maar hij is echt lief, hij heeft al nagels voor me betaald",
    "a|2m|hmm. en wat zegt hij over ons?",
    "b|2m|dat jullie me niet snappen en dat ik minder met jullie moet afspreken",
    "a|1m|fleur dat is letterlijk wat ze bij die voorlichting vertelden. cadeautjes, ophalen, je vriendinnen zwart maken",
    "b|3m|ja daar dacht ik ook aan. daarom vertel ik het jou",
    "a|1m|ik ben blij dat je het zegt ❤️ ga niet alleen met hem mee ok?",
    "b|2m|nee. ik wil eigenlijk met mevrouw Jansen praten, de vertrouwenspersoon",
    "a|1m|zal ik meegaan? morgen tweede pauze?",
    "b|1m|ja graag",
    "a|1m|en vertel het je moeder ook, echt",
    "b|2m|ja vanavond. ik blokkeer hem nog niet, mevrouw Jansen zei vorig jaar dat je screenshots moet bewaren",
    "a|1m|slim. ik ben er voor je",
    "b|1m|dankje noor 🥹",
    "a|1m|en zaterdag kom je gewoon bij mij, film kijken",
    "b|1m|deal",
    "b|1d|ik heb met mevrouw Jansen gepraat en mijn moeder weet het ook. ze gaan samen kijken wat ze doen",
    "a|5m|trots op je 💪",
])

# =====================================================================================

UNITS = {"m": 1, "h": 60, "d": 1440, "w": 10080}

def gap_minutes(g):
    g = g.strip()
    if g == "0":
        return 0
    return int(g[:-1]) * UNITS[g[-1]]

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet", "money_gifts_debt",
           "control", "commercial_sex", "sextortion", "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
           "photo_request", "sexual_talk", "meeting"}

def build():
    items = list(ITEMS)
    random.Random(37).shuffle(items)
    out, mapping = [], []
    for n, it in enumerate(items, 1):
        cid = f"p37-{n:02d}"
        t = datetime.strptime(it["start"], "%Y-%m-%dT%H:%M:%SZ")
        msgs = []
        for raw in it["msgs"]:
            who, gap, text = raw.split("|", 2)
            t = t + timedelta(minutes=gap_minutes(gap))
            if it["to"]:
                rcp = f"{cid}-{it['to']}"
            else:
                rcp = f"{cid}-{'b' if who == 'a' else 'a'}"
            msgs.append({"sender": f"{cid}-{who}", "recipient": rcp, "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        assert set(it["codes"]) <= ALLOWED, it["slug"]
        assert (it["label"] == 1) == bool(it["codes"]), it["slug"]
        out.append({"id": cid, "label": it["label"], "lang": it["lang"], "codes": it["codes"], "messages": msgs})
        mapping.append((cid, it["slug"]))
    return out, mapping

def main():
    out, mapping = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe37.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--map" in sys.argv:
        for cid, slug in mapping:
            print(cid, slug)
    print(f"wrote {len(out)} conversations to {path}")

if __name__ == "__main__":
    main()
