#!/usr/bin/env python3
"""Blind probe set p47: fictional grooming / trafficking-recruitment /
sextortion conversations plus hard negatives. Standard library only.
Deterministic: writes probe47.jsonl next to this file.
All names, handles, numbers (555-0100..0199) and URLs (example.com/.org)
are invented. Nothing sexually explicit; sexual steps are only implied."""
import json
import os
import random
from datetime import datetime, timedelta

NN = 47
CONVS = []


def conv(cid, label, codes, lang, start, users, turns, group=None):
    """turns: (speaker_index, text) or (speaker_index, text, gap_minutes).
    Default gap is a seeded pseudo-random 1-9 minutes."""
    rng = random.Random("p47-" + cid)
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    msgs = []
    for i, turn in enumerate(turns):
        if len(turn) == 3:
            who, text, gap = turn
        else:
            who, text = turn
            gap = None
        if i > 0:
            if gap is None:
                gap = rng.randint(1, 9)
            t = t + timedelta(minutes=gap, seconds=rng.randint(0, 50))
        sender = users[who]
        if group is not None:
            recipient = group
        else:
            recipient = users[1 - who] if len(users) == 2 else users[0]
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"id": "p%d-%s" % (NN, cid), "label": label,
                  "codes": list(codes) if label == 1 else [],
                  "lang": lang, "messages": msgs})


# ---------------------------------------------------------------------------
# POSITIVES A: grooming of 11-15 year-olds (10 chats, 10-30 messages each)
# ---------------------------------------------------------------------------

# G1 en-US, game chat, adult gifting in-game currency to a 12 y/o
conv("en1", 1, ["money_gifts_debt", "age_probe", "compliments_trust", "risk_assessment",
                "secrecy", "off_platform", "photo_request", "isolation"],
     "en", "2026-03-14T19:02", ["Dr4ke_plays", "lil_mav09"], [
    (0, "yo that clutch on the bridge was nasty. u been playing long?"),
    (1, "like a year lol my brother got me into it"),
    (0, "no way only a year?? ur cracked fr. most kids ur age just build walls and die"),
    (1, "haha ty"),
    (0, "how old r u anyway 13? 14?"),
    (1, "12 ill be 13 in august"),
    (0, "bet. mature for 12 tho, u dont rage like the others"),
    (0, "ngl ur skin is the default one lol want me to hook u up? i got like 4k gems sitting there", 3),
    (1, "wait fr?? ur not trolling"),
    (0, "not trolling. sent 1200 check ur inbox"),
    (1, "OMG THANK U"),
    (1, "i got the dragon wrap"),
    (0, "looks clean on u. does ur mom check ur purchases or nah", 2),
    (1, "no she doesnt really look she works nights mostly"),
    (0, "ok good bc parents get weird when some random gives u stuff. just say u saved up lol", 1),
    (1, "ok lol"),
    (0, "this game chat is kinda trash for talking tho, u got snap? easier to send u codes there", 1440),
    (1, "ya its maverick.j09"),
    (0, "added. send me a pic on there so i know its actually u and not ur brother lmao"),
    (1, "lol ok hold on"),
], )

# G2 en-UK, fake talent scout on a photo app, 14 y/o girl
conv("en2", 1, ["job_offer", "age_probe", "compliments_trust", "secrecy", "photo_request",
                "off_platform", "money_gifts_debt", "isolation"],
     "en", "2026-02-03T16:40", ["scout.ellarose.mgmt", "amelia_xo.k"], [
    (0, "Hiya Amelia! Hope you don't mind the message. I scout for a few kidswear and teen brands and your page came up, you've got a really lovely natural look x"),
    (1, "omg hi thank u!! is this real"),
    (0, "Haha completely real babe. Can I ask how old you are? Some of the campaigns are 13-16"),
    (1, "im 14"),
    (0, "Perfect age honestly. There's a spring campaign paying £400 for a day, I think you'd be in with a chance"),
    (1, "£400?? wow"),
    (0, "I'd need a few more pics than what's on your grid tho. Just natural, no filters, different outfits you've got at home, full length. Brands like to see the real you x", 4),
    (1, "ok should i ask my mum to take them"),
    (0, "I'd keep it between us for now tbh, loads of mums get overexcited and then it's awkward if you don't get picked. Surprise her when you've booked it!", 2),
    (1, "oh ok yeah makes sense"),
    (0, "Can you do them tonight when you've got your room to yourself? Easier to send on WhatsApp, this app squashes the quality. I'm on 07700 555 0142", 3),
    (1, "i dont have whatsapp my mum doesnt let me"),
    (0, "no worries, there's an app called Telly that's basically the same, download it and delete it after if you want, my username is ellarose_casting"),
    (1, "ok ill try later"),
    (0, "good girl x you're going to smash this, honestly you're so much more mature than the other girls I talk to", 1),
])

# G3 en-AU, coach singling out a 13 y/o, private sessions and lifts
conv("en3", 1, ["compliments_trust", "exclusivity", "secrecy", "meeting", "isolation",
                "money_gifts_debt", "risk_assessment", "off_platform"],
     "en", "2026-04-08T18:55", ["coach_darren", "jayden_k13"], [
    (0, "Good hustle tonight mate. You're the only one in that squad who actually listens"),
    (1, "thanks coach"),
    (0, "Reckon you could make rep level next year if we put a bit of extra work in. Just you and me, proper one on one"),
    (1, "yeah that would be sick"),
    (0, "I can do Thursdays after the others go. I'll drop you home after so your mum doesn't have to come out"),
    (1, "mum works til 7 thursdays anyway so that works"),
    (0, "Easy. Don't go telling the other boys tho, they'll all want it and I can't do it for everyone. This is just for the ones with real potential", 3),
    (1, "ok i wont"),
    (0, "Good lad. Grabbed you a pair of those new boots too, can't have my best player in split ones", 600),
    (1, "no way seriously?? those are like 250 bucks"),
    (0, "Don't stress about it. Just don't make a big deal at home, your old man might get funny about someone else buying you gear"),
    (1, "haha yeah he would"),
    (0, "How's things with him anyway? You said last week he was on your back heaps"),
    (1, "same as always. he just yells about school"),
    (0, "Sounds rough mate. You can always talk to me, I get it more than he does. Message me on Kik tho not here, the club can see these chats", 2),
    (1, "whats kik"),
    (0, "Just an app, I'll show you Thursday. Clear this chat after yeah"),
])

# G4 en-IN, "17 y/o" on a battle game who drifts older, 15 y/o girl
conv("en4", 1, ["age_probe", "romance", "compliments_trust", "isolation", "secrecy",
                "exclusivity", "off_platform", "sexual_talk", "vulnerability"],
     "en", "2026-01-19T21:10", ["Rohit_xSniper", "tanvi.plays"], [
    (0, "gg tanvi ur AWM shots were too good yaar. which class u in?"),
    (1, "10th std. boards coming so mummy will take my phone soon lol"),
    (0, "haha same pressure here. i am 17, 12th"),
    (1, "ohh ok"),
    (0, "u talk very maturely for 10th std only. my classmates are so childish"),
    (1, "haha thank u. my cousins say i'm boring"),
    (0, "they dont understand u. u seem like someone who thinks a lot", 3),
    (1, "ya kind of. nobody at home listens tbh. papa is always angry"),
    (0, "u can tell me anything na. i wont judge like ur family"),
    (1, ":)"),
    (0, "actually small confession. i am not 17, i am 22. i said 17 bcz u wont talk otherwise. age is just a number right, we connect so well", 1300),
    (1, "22?? ok thats kind of a lot"),
    (0, "see this is why i was scared to tell. u also said u feel alone, i am the only one who gets u. dont throw that away bcz of some number"),
    (1, "ok sorry. i didnt mean it like that"),
    (0, "its ok baby. come on insta instead, this game chat gets checked. make a private id ur mummy doesnt know", 2),
    (1, "i can make one"),
    (0, "and we can video call at night when everyone sleeps na. i want to see u properly"),
    (1, "idk if i can, my sister sleeps in same room"),
    (0, "go to terrace then. and dont tell ur friends about me, they will get jealous and tell ur papa. this is only ours", 1),
    (1, "ok"),
    (0, "good. tonight i want to talk about grown up things, ur old enough now to know"),
])

# G5 en-CA, block-game server mod, 11 y/o, location probing and meeting
conv("en5", 1, ["money_gifts_debt", "age_probe", "risk_assessment", "compliments_trust",
                "secrecy", "meeting", "travel_meet", "exclusivity"],
     "en", "2026-05-09T15:22", ["NorthernWolf_mod", "pixie_builds"], [
    (0, "hey ur the one who made the castle near spawn? thats honestly the best build on the server"),
    (1, "yes!! it took me 3 weeks"),
    (0, "gonna give u builder rank, u deserve it more than half the staff lol"),
    (1, "YAYYY thank u so much"),
    (0, "np :) how old are u if u dont mind me asking? just need it for the staff sheet"),
    (1, "11 and a half"),
    (0, "wow ok ur really talented for 11. where abouts in canada r u? ur timezone says ontario"),
    (1, "yeah near barrie"),
    (0, "no wayyy my cousin lives in barrie. what school u go to? maybe she knows u", 2),
    (1, "innisdale public"),
    (0, "haha small world. do ur parents play mc? or u usually on by urself"),
    (1, "just me my mom doesnt get it"),
    (0, "honestly better that way, parents always think servers are sketchy. lets keep the rank thing between us so the other kids dont complain ok", 1),
    (1, "ok i wont tell"),
    (0, "im gonna be at georgian mall saturday for my cousins bday. u should come say hi, ill buy u that lego set u said u wanted", 2880),
    (1, "omg really?? i can ask my mom to drive me"),
    (0, "maybe just tell her ur meeting a friend from school? moms ask too many questions lol. come by urself, its more fun"),
])

# G6 en-NG, fake music producer, 15 y/o girl in Lagos
conv("en6", 1, ["job_offer", "age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "meeting", "isolation", "off_platform", "photo_request"],
     "en", "2026-03-02T13:05", ["DJ_Kaycee_Official", "ada.sings_"], [
    (0, "Hello dear, I just watched your cover of that song on your page. Omo your voice is too sweet, who trained you?"),
    (1, "Thank you sir!! Nobody o, I just sing in church choir"),
    (0, "Ehn?? Natural talent. I produce for some artistes, I have studio in Lekki. You fit blow if you get correct producer"),
    (1, "Wow really sir? Thank you so much"),
    (0, "How old are you sef? You look like SS2/SS3"),
    (1, "I'm 15, SS1"),
    (0, "Small girl with big voice. Let me send you small airtime and data so you can record more covers for me to hear", 4),
    (1, "Sir I have received 5k data. God bless you"),
    (0, "No wahala. Come to studio this Saturday, we record one demo, free of charge. I will send Bolt for you"),
    (1, "Let me ask my mummy"),
    (0, "Ah no dear, don't tell mummy yet. Parents like to spoil these things, they think music is for wayward people. When your song drops you will surprise everybody", 1),
    (1, "Ok sir but how will I go out alone"),
    (0, "Tell her you are going to your friend's house for assignment. Send me your WhatsApp so we can plan properly. Also send me fine picture of yourself for the cover art, something grown, not school uniform", 2),
    (1, "Ok sir 0803 555 0117"),
])

# G7 en-US, blocky-game "girl" persona who is an adult, 13 y/o boy
conv("en7", 1, ["romance", "age_probe", "money_gifts_debt", "compliments_trust", "secrecy",
                "photo_request", "sexual_talk", "off_platform", "exclusivity", "risk_assessment"],
     "en", "2026-02-21T20:14", ["kayla_bloxx", "ethanplayz_77"], [
    (0, "ur avatar is so cute lol"),
    (1, "lol thx"),
    (0, "wanna be my bf in brookhaven? jk... unless"),
    (1, "haha sure"),
    (0, "yay :3 how old r u"),
    (1, "13"),
    (0, "omg same-ish im 14. what grade"),
    (1, "7th"),
    (0, "ok so ur like basically my age"),
    (0, "r u on a lot? i get lonely on here fr", 6),
    (1, "ya after school usually. my parents work"),
    (0, "same my mom is never home. its nice having someone"),
    (0, "ok dont be weird but i sent u 800 robux ;)", 1400),
    (1, "WAIT what thank u"),
    (0, "thats what gfs do lol. dont tell anyone tho they'll say im trying to buy friends"),
    (1, "i wont"),
    (0, "have u ever had a real gf"),
    (1, "no not rly"),
    (0, "aww. i could teach u stuff. grown up stuff ;) but not here, mods read everything"),
    (1, "like what"),
    (0, "cant say it here lol. do u have discord"),
    (1, "ya ethan77#"),
    (0, "ok add kaylaxo_. and send me a pic first so i know ur not a catfish. ill send one after", 3),
    (1, "why dont u send first"),
    (0, "bc last boy screenshotted mine and showed everyone. u go first if u trust me. u trust me right?"),
    (1, "ya i guess"),
    (0, "good. make sure ur door is closed and delete our chats after ok. ur parents would ruin this"),
])

# G8 es (MX), "entrenador" on a shooter game giving diamonds, 12 y/o
conv("es1", 1, ["money_gifts_debt", "age_probe", "compliments_trust", "secrecy",
                "off_platform", "photo_request", "risk_assessment", "isolation"],
     "es", "2026-04-17T17:30", ["Tio_Rafa_FF", "valeee_12"], [
    (0, "q buena jugada vale, casi nos sacas a todo el squad jaja"),
    (1, "jajaja graciass"),
    (0, "oye cuantos años tienes? juegas mejor que mi clan entero"),
    (1, "12, voy en sexto"),
    (0, "nombre a los 12 yo ni sabia prender la compu. eres muy lista"),
    (0, "mira te paso 500 diamantes pa que te compres el pase, pero no le digas a nadie eh", 3),
    (1, "enserio?? muchas gracias!!!"),
    (0, "de nada reina. tus papás revisan tu cel?"),
    (1, "mi mama a veces pero casi no"),
    (0, "ok mejor borra este chat cuando terminemos, luego piensan cosas raras. tienes whats? por ahí te paso más códigos", 2),
    (1, "si pero es el de mi mamá"),
    (0, "uy no. descarga telegram y ponle contraseña, así es nuestro secreto. te paso mi user: rafa_coach77", 1),
    (1, "ok ya lo bajé"),
    (0, "mandame una foto tuya pa ver a quien le estoy regalando jaja. una bonita, como de salir, no de la escuela"),
    (1, "orita no puedo mi hermano esta aqui"),
    (0, "va, en la noche cuando estes sola entonces. aqui te espero preciosa"),
])

# G9 pt (BR), fake football scout, 14 y/o boy, travel alone
conv("pt1", 1, ["job_offer", "age_probe", "compliments_trust", "secrecy", "travel_meet",
                "meeting", "money_gifts_debt", "off_platform", "photo_request"],
     "pt", "2026-03-25T11:48", ["olheiro.marcao.oficial", "gui_camisa10"], [
    (0, "Fala Gui! Vi teus vídeos de drible no tiktok, mlk tu é diferenciado. Trabalho captando atleta pra base de clube grande"),
    (1, "caraca serio?? valeu demais"),
    (0, "Qual tua idade e posição?"),
    (1, "14, meia. jogo na escolinha do bairro"),
    (0, "Idade perfeita pro sub-15. Tô montando uma lista pra uma peneira fechada em SP mês que vem"),
    (1, "meu sonho é isso mano"),
    (0, "Então, mas é peneira sigilosa, não pode ficar espalhando. Nem fala com o professor da escolinha que ele vai querer levar os dele", 5),
    (1, "blz nao falo"),
    (0, "Teus pais deixam tu viajar? Eu pago a passagem e tu fica no meu apê uns dias, depois o clube reembolsa"),
    (1, "minha mae nao ia deixar eu ir sozinho acho"),
    (0, "Fala que é excursão da escola, depois que tu passar ela vai agradecer. Me chama no zap (11) 555-0163, aqui no direct eu perco as msgs", 2),
    (1, "ok vou chamar"),
    (0, "Manda umas fotos tuas de corpo inteiro e uma de rosto, só tu, pra eu montar a ficha. Apaga depois de mandar"),
    (1, "agora?"),
    (0, "Agora mesmo, tô fechando a lista hoje. Confia em mim que eu vou te levar longe"),
])

# G10 fr (FR), streamer "mentor" on a live platform, 13 y/o girl
conv("fr1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "isolation", "secrecy",
                "off_platform", "photo_request", "exclusivity", "vulnerability"],
     "fr", "2026-02-11T22:05", ["Nox_Streams", "lea.mlbb"], [
    (0, "merci pour le raid tout à l'heure :) t'es toujours là dans mon chat, ça fait plaisir"),
    (1, "de rien j'adore tes lives"),
    (0, "je t'ai offert un sub, t'as vu ?"),
    (1, "ouiii merciii"),
    (0, "t'as quel âge au fait ? tu écris mieux que la moitié de mes modos"),
    (1, "13 ans, en 4e"),
    (0, "sérieux ? t'es super mature pour 13 ans"),
    (1, "mdr ma mère dit l'inverse"),
    (0, "elle te comprend pas c'est tout. ça arrive souvent chez les gens intelligents", 4),
    (1, "ouais elle crie tout le temps depuis le divorce"),
    (0, "je connais ça. moi je suis là si t'as besoin de parler, vraiment"),
    (0, "ici c'est pas ouf pour discuter, t'as snap ? je préfère que ça reste entre nous, les autres viewers seraient jaloux", 1500),
    (1, "oui lea.mrnt"),
    (0, "ajoutée. envoie une photo de toi, j'ai envie de mettre un visage sur le pseudo"),
    (1, "là je suis pas maquillée mdr"),
    (0, "c'est pas grave, t'inquiète. et tu supprimes la conv après, ta mère lirait ça de travers"),
])

# ---------------------------------------------------------------------------
# POSITIVES B: trafficking recruitment (12 items; 5 single posts, 7 exchanges)
# ---------------------------------------------------------------------------

# T1 en-NG, single post in a jobs group: hotel cleaners abroad, debt, photos
conv("en8", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "off_platform", "secrecy"],
     "en", "2026-01-27T08:12", ["Mrs_Gloria_Travels", "group:LagosJobsAndOpportunities"], [
    (0, "URGENT!!! Hotel housekeeping + restaurant staff needed in a 5 star hotel abroad (Europe/Middle East). Ladies only 18-26, no experience needed, no certificate needed. Salary 1,200 euros monthly + free accommodation. Agency will sponsor visa and flight, you pay back small small from salary when you start. Serious girls only!! Send your full length picture and a face picture to my WhatsApp 555-0131, not here. Don't let anybody discourage you, people no go wan make you succeed. Slots are few, first come first serve 🙏✈️"),
], group="group:LagosJobsAndOpportunities")

# T2 en-IN, nanny job in the Gulf, passport handed over, fee as debt
conv("en9", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy",
                "vulnerability", "off_platform"],
     "en", "2026-02-14T10:30", ["Shabnam_Placements", "priya.d_2006"], [
    (0, "Hello Priya ji, your cousin gave your number. Good news, one family in Kuwait needs nanny for 2 small kids. 45,000 rupees per month, food and stay free"),
    (1, "Namaste ma'am. I don't have passport yet. And I have only done 12th"),
    (0, "No problem at all, we make passport also. Education not needed, only should be good girl who obeys. Age?"),
    (1, "19"),
    (0, "Perfect. Visa, ticket, medical, everything agency pays. After reaching you pay back 2 lakh from salary slowly, they cut each month", 40),
    (1, "2 lakh is lot ma'am. Can I see the contract first?"),
    (0, "Contract they give in Kuwait only, that is how it works there. You have to trust. When passport comes you give it to me, I keep it safe for visa stamping"),
    (1, "Ok. My mother is asking which family, can she talk to them"),
    (0, "Family is very big people, they don't talk to maids' relatives. Better don't tell everyone in your village, people get jealous and spoil things. Only tell that you are going for hospital job", 5),
    (1, "Ok ma'am I understand"),
    (0, "Come to Mumbai office Monday with Aadhaar and 4 photos. Flight is in 3 weeks"),
])

# T3 en-UK, loverboy: older "boyfriend" turns debt into pressure, 17 y/o
conv("en10", 1, ["romance", "money_gifts_debt", "isolation", "control", "commercial_sex",
                 "vulnerability", "exclusivity"],
     "en", "2026-03-08T23:40", ["Tyrese_24", "chloeee.x"], [
    (0, "u get home ok babe? ur mum kicking off again?"),
    (1, "yeah shes going mad cos i missed school again. says im turning into a waste like my dad"),
    (0, "fuck her honestly. u dont need that. ur with me now, ill look after u. u know that"),
    (1, "i know. thank u for the trainers btw i love them"),
    (0, "anything for u. just stop chatting to jess and them, theyre jealous of u n they chat shit about me", 2),
    (0, "babe i need to talk to u about something serious. the money for ur phone, the trainers, the hotel last weekend. it werent my money. i owe some proper dangerous people now", 2100),
    (1, "what?? how much"),
    (0, "3 grand. they came to my mums house. i dont know what to do"),
    (1, "i dont have anything like that ur scaring me"),
    (0, "theres one way. my mate deano, u met him. u just gotta be nice to him and his friend for one night at the flat. thats it, debts gone. i wouldnt ask if i had another way", 4),
    (1, "what do u mean nice"),
    (0, "dont make me spell it out. if u loved me u wouldnt even ask. its just one night then me and u go away together like we said. tell ur mum ur at mine"),
])

# T4 en-US, "sugar" arrangement escalating, 18 y/o freshman
conv("en11", 1, ["money_gifts_debt", "compliments_trust", "travel_meet", "commercial_sex",
                 "age_probe", "control", "off_platform", "secrecy"],
     "en", "2026-04-02T14:03", ["gentleman_investor_rc", "mads.kennedyy"], [
    (0, "Hi Madison. Saw your post in the textbook swap group, sounds like school is expensive. I mentor young women, no strings, $500 a week allowance just for good conversation. Interested?"),
    (1, "lol is this a scam? how old are you"),
    (0, "Not a scam, happy to send $100 right now to prove it. I'm 46, divorced, generous. You're 18 right? Freshman?"),
    (1, "yeah just turned 18 in march"),
    (0, "Sent to your cashapp. Keep it quiet on campus though, people don't understand these things", 30),
    (1, "ok wow it actually came thru. thanks"),
    (0, "There's a bigger opportunity. I have a business trip to Vegas next weekend, flight and suite paid, $2k for the weekend. Some of my associates will be there too, you'd just keep them company at dinners and afterwards", 600),
    (1, "afterwards? what does that mean exactly"),
    (0, "You're a smart girl, you know how these arrangements work. Don't bring your friends, and leave your ID with me at check in so I can handle everything. Text me off this app, 555-0158"),
])

# T5 en-AU, single cold DM: "promo/hostess" work in Asia, passport held
conv("en12", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "photo_request",
                 "compliments_trust"],
     "en", "2026-05-20T09:47", ["luxe.talent.apac", "brooke.surfs"], [
    (0, "Heyy Brooke 🌸 we're booking aussie girls 18-21 for a 3 month hostess/promo contract in Tokyo & Macau. $8-12k AUD a month CASH, apartment shared with the other girls, we cover flights upfront & take it out of your first few pays. Basically just looking gorgeous at VIP tables and keeping clients company, drinking is optional 😉 You'd need to hand your passport to our coordinator on arrival for the work visa sorting, totally standard over there. Send 3 recent pics (1 face, 2 full length, no filter) + your height and we can lock you in. Don't overthink it babe, girls who hesitate miss out x"),
])

# T6 en-CA, peer recruiter: 19 y/o pulling in a 17 y/o friend
conv("en13", 1, ["commercial_sex", "money_gifts_debt", "secrecy", "control", "vulnerability",
                 "meeting", "compliments_trust"],
     "en", "2026-01-09T01:15", ["kiiana.bby", "maddy_lynn_06"], [
    (1, "ur nails are so cute wtf where do u get the money lol"),
    (0, "lmaooo i told u. i made 2k last weekend. not even joking"),
    (1, "doing what tho"),
    (0, "my man sets it up. u just hang out with his friends at the hotel, they're like older business guys. he drives u there and back and holds the money so nobody robs u"),
    (1, "idk kee that sounds sketchy"),
    (0, "its literally so chill. and ur always saying ur moms bf makes u wanna leave. u could get ur own place by summer", 3),
    (1, "i mean yeah i hate it there"),
    (0, "exactly. dont tell ur mom or ur worker obvi, they'd freak. ill tell him ur coming saturday, he'll buy u a fit first"),
    (1, "im only 17 tho would that matter"),
    (0, "nah he says younger is better for his guys lol. just say ur 19 if anyone asks. ur pretty af they'll love u"),
])

# T7 en-US, single classified post: live-in massage job
conv("en14", 1, ["job_offer", "commercial_sex", "travel_meet", "control", "off_platform"],
     "en", "2026-04-29T12:00", ["poster_8812", "board:classifieds-wellness-jobs"], [
    (0, "NOW HIRING!! Young ladies 18-28 for busy spa. NO EXPERIENCE NO LICENSE no english needed. Live-in room provided, meals provided, we pick you up from airport/bus station anywhere in US. Make $5000-$8000/mo + big tips from VIP customers. Must be open minded and pretty, must work 7 days. Boss will keep your ID and phone safe at work for security. Text only 555-0123, include recent photo + age. Serious only no police"),
], group="board:classifieds-wellness-jobs")

# T8 en-UK, summer bar job abroad for an 18 y/o, "VIP hostess" drift
conv("en15", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                 "commercial_sex", "compliments_trust", "off_platform"],
     "en", "2026-03-30T17:20", ["SummerSeasonJobs_Ayia", "lucy.wilko"], [
    (0, "Hey Lucy! Saw you commented on our season post 🍹 We've still got bar/PR spots for June-Sept. Just turned 18 yeah?"),
    (1, "yeah finished college in may! what's the pay like"),
    (0, "Base is small but the girls do 600-900 euro a week with VIP hostess bonuses. Flights and flat are covered from your first month's wages so nothing upfront 🙌"),
    (1, "what's VIP hostess?"),
    (0, "Basically being extra friendly with the big spenders in the private rooms, going back to their yachts for afters if they ask, totally up to you hun but that's where the money is 😉 Can you send a couple of pics in a going-out outfit so the boss can pick which venue suits you? WhatsApp is best, 07700 555 0104", 6),
    (1, "hmm do I get a contract before I fly?"),
    (0, "Contracts are done out there babe, it's how it works on the islands. Just don't tell your mum every detail, mums always panic about working abroad lol"),
])

# T9 nl (NL), loverboy: gifts, isolation, debt, "help out a friend"
conv("nl1", 1, ["romance", "money_gifts_debt", "isolation", "control", "commercial_sex",
                "exclusivity", "secrecy", "vulnerability"],
     "nl", "2026-02-06T22:30", ["youssef_020", "sannebakkerr"], [
    (0, "hee schatje ben je thuis? alles goed met je moeder?"),
    (1, "ruzie weer. ze zegt dat ik niet meer met jou mag omgaan"),
    (0, "zie je nou, ze gunt je niks. ik ben de enige die echt om je geeft. je hebt toch die tas nog die ik je gaf"),
    (1, "ja natuurlijk ik draag hem elke dag"),
    (0, "en die vriendinnen van je, lisa enzo, die moet je echt laten vallen. ze praten achter je rug over ons", 4),
    (1, "oke ik ga minder met ze om"),
    (0, "schat ik zit echt in de problemen. ik heb geld geleend voor jou, de telefoon, de kleren, het hotel. nu willen die jongens 2500 terug en ze zijn niet aardig", 1800),
    (1, "wat moet ik doen? ik heb dat niet"),
    (0, "je kunt me helpen. een vriend van me zoekt gezelschap, gewoon een avondje bij hem, paar uurtjes. dan zijn we ervan af. het is voor ons, voor onze toekomst"),
    (1, "ik weet niet wat je bedoelt met gezelschap..."),
    (0, "niet zo moeilijk doen schat. als je echt van me houdt doe je dit één keer. vertel niemand iets, ook je moeder niet. ik haal je vrijdag op na school"),
])

# T10 pt (BR), single post: cleaning/hotel work in Europe, debt, photos
conv("pt2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
                "off_platform", "control"],
     "pt", "2026-03-11T07:55", ["Agencia_Sonho_Europeu", "group:Vagas_Goiania_e_Regiao"], [
    (0, "🇪🇺 OPORTUNIDADE NA EUROPA 🇪🇺 Vagas para MOÇAS de 18 a 25 anos trabalharem em limpeza e hotelaria na Espanha e Portugal. Salário de 1.500 euros + moradia. NÃO precisa falar espanhol nem ter experiência. A agência adianta passagem e documentos, você paga depois com o salário, sem juros 🙏 Chegando lá a patroa guarda o passaporte pra resolver o visto. Mande no privado: foto de corpo inteiro, foto de rosto, idade e cidade. Vagas limitadas, não conta pra muita gente que inveja atrapalha! Zap 555-0176"),
], group="group:Vagas_Goiania_e_Regiao")

# T11 es (ES/CO), fake modelling for "private events" in Cancún
conv("es2", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
                "photo_request", "compliments_trust", "secrecy"],
     "es", "2026-05-04T19:10", ["elite.models.cancun", "daniela.rmz_"], [
    (0, "Hola Daniela 💫 somos agencia de modelos y edecanes, tu perfil nos encantó. Tienes 18 cumplidos?"),
    (1, "Hola! Sí, 18 desde enero. De qué se trata?"),
    (0, "Eventos privados en Cancún para empresarios, 3 semanas, pagamos 40 mil pesos. Vuelo y hotel los adelantamos y se descuenta al final"),
    (1, "Y qué tendría que hacer en los eventos?"),
    (0, "Acompañar a los clientes, ser cariñosa, lo que ellos pidan dentro de lo normal jaja. Las chicas que se portan bien ganan el doble en propinas 😉 Mándame 3 fotos de cuerpo entero, arreglada como para salir de noche, para el book", 8),
    (1, "mmm no sé, mi mamá no me dejaría ir sola"),
    (0, "No le cuentes todo, dile que es trabajo de edecán en un congreso. Al llegar me das tu INE y pasaporte para el registro del hotel y yo te los guardo"),
])

# T12 de (DE), single cold DM: massage studio job, debt, passport held
conv("de1", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
                "photo_request", "off_platform"],
     "de", "2026-01-31T11:25", ["Studio_Lotus_Jobs", "ioana.m_2005"], [
    (0, "Hallo Ioana, du hast dich für Arbeit in Deutschland interessiert? Wir suchen junge Frauen 18-25 für ein Wellness- und Massagestudio in Frankfurt. Keine Ausbildung nötig, kein Deutsch nötig. Wohnung direkt über dem Studio, Fahrt aus Rumänien wird bezahlt, du arbeitest das danach einfach ab. Verdienst bis 4.000 € im Monat, besonders nette Mädchen verdienen bei Stammkunden noch mehr 😉 Deinen Ausweis verwahrt der Chef sicher im Büro, wegen Anmeldung. Schick bitte 2-3 aktuelle Fotos (ganzer Körper) und dein Alter per Telegram an @lotus_frankfurt. Abfahrt schon nächste Woche möglich!"),
])

# ---------------------------------------------------------------------------
# POSITIVES C: sextortion (8 chats)
# ---------------------------------------------------------------------------

# S1 en-US, fake girl -> 16 y/o boy, follower collage, gift card demand
conv("en16", 1, ["sextortion", "romance", "photo_request", "age_probe", "money_gifts_debt",
                 "control", "risk_assessment"],
     "en", "2026-01-22T22:48", ["jess.kinsley04", "caleb_wrestles"], [
    (0, "hiii u go to westfield right? i think i saw u at the meet saturday 😊"),
    (1, "ya i wrestle 132. who is this"),
    (0, "jess, i just moved from ohio. ur cute ngl. how old r u"),
    (1, "16 u?"),
    (0, "17. wanna trade pics? just for us 🙈 i'll go first", 3),
    (1, "lol ok"),
    (0, "ur turn. something u wouldn't post 😏", 2),
    (1, "sent"),
    (0, "lol ok now listen carefully. i screenshotted ur followers list. ur mom, ur coach, ur teammates. i made a collage with ur pic", 4),
    (1, "what?? who is this"),
    (0, "send $500 in apple gift cards in the next 20 mins or it goes to every single one of them and gets posted on the westfield page"),
    (1, "please dont i dont have 500 i'm 16"),
    (0, "then find it. ur moms purse, ur friends, idc. i see ur typing. 18 mins. block me and i post immediately"),
    (1, "i can get 150 please"),
    (0, "send the 150 code now and the rest by midnight. dont test me bro ur life is over if this gets out"),
])

# S2 en-UK, threat to a 15 y/o girl demanding more images
conv("en17", 1, ["sextortion", "photo_request", "control", "secrecy", "risk_assessment"],
     "en", "2026-02-27T20:31", ["ghost_account_8k", "ruby.m.2011"], [
    (0, "hi ruby. remember the pic you sent 'ollie' in december? i have it"),
    (1, "who is this? i blocked him"),
    (0, "doesnt matter who. i know your school, your form, your little sister's name. i have your year group's names from the leavers page"),
    (1, "please delete it, i was stupid"),
    (0, "i will. after you send me 3 more. tonight. you know the kind", 2),
    (1, "no i cant do that"),
    (0, "then it goes to your whole year and your mum's facebook by morning. your choice"),
    (1, "please. i'll do anything else"),
    (0, "that IS the anything else. tell nobody. if a teacher or your mum asks why your sad, you're fine. if i see police or a report, it goes out instantly"),
    (1, "ok"),
    (0, "good girl. 11pm. dont make me wait"),
])

# S3 en (offender NG-style English) -> 17 y/o in Canada, money demand
conv("en18", 1, ["sextortion", "money_gifts_debt", "control", "risk_assessment", "off_platform"],
     "en", "2026-04-12T03:05", ["amber_rose_x09", "noah.tremblay_"], [
    (0, "Hey noah. Now you are going to listen to me very well. I have recorded our video call and I have all your friends and family contacts on instagram"),
    (1, "what r u talking about"),
    (0, "Look at this screenshot. This is you. If you dont want it to be sent to your mummy and your school and your hockey team, you will do what i say"),
    (1, "please dont send it im 17"),
    (0, "I dont care how old you are. You will pay 1000 CAD now. Do you have interac e transfer or bitcoin atm close to you?"),
    (1, "i dont have that much money i swear"),
    (0, "How much you have in your account right now. Send me screenshot of your bank balance", 2),
    (1, "i have like 340"),
    (0, "Send 340 now to the email i will give you. The balance you will complete tomorrow. If you block me or talk to anybody i will destroy your life and you will regret. Lets move to whatsapp 555-0188"),
    (1, "ok ok please just dont post"),
])

# S4 en-IN, recorded video call, threats of upload, UPI payment, 19 y/o
conv("en19", 1, ["sextortion", "money_gifts_debt", "control", "risk_assessment", "off_platform"],
     "en", "2026-03-18T23:52", ["Neha_Sharma_Official22", "arjun.k_bcom"], [
    (0, "Hi Arjun. Why did you cut the video call so fast? 😂 Check what I recorded"),
    (1, "what is this? delete it"),
    (0, "Delete? Very funny. This video will be uploaded on youtube with your name and college name. Also will send to your father, your sister and all your facebook friends list. Already downloaded all"),
    (1, "please madam dont do this. I am student only"),
    (0, "Student also has UPI. Send 25000 now to this UPI id: hr.refund555@examplebank. Then I delete in front of you"),
    (1, "I dont have 25000. I can give 3000"),
    (0, "Ok send 8000 now, rest tomorrow. If you go to cyber cell my friend is in police he will arrest YOU for obscene content. So think", 3),
    (1, "sent 5000 please that is all"),
    (0, "Screenshot dekha. Balance 3000 tomorrow morning 10am or upload. Don't block, I have your number also"),
])

# S5 en-AU, "hacked" account threat to a 14 y/o boy, gift cards
conv("en20", 1, ["sextortion", "money_gifts_debt", "control", "age_probe", "photo_request",
                 "risk_assessment"],
     "en", "2026-05-02T21:17", ["ella_w.gc", "lachie_b2012"], [
    (0, "heyy ur friends with mia from gold coast? she said ur cute 😅"),
    (1, "haha idk a mia but hey. how old r u"),
    (0, "15, u?"),
    (1, "14, year 8"),
    (0, "cute. can i see what u look like rn? just a quick snap, ill send one back 🙈", 5),
    (1, "ok sent. ur turn"),
    (0, "nah. check this. i saved it and i've got ur whole friends list and ur school insta", 3),
    (1, "what the hell send it back"),
    (0, "u pay or it goes to every1 on ur list + ur school page. $300 steam or google play cards, send the codes here"),
    (1, "i'm 14 i dont have that. i'll tell my mum"),
    (0, "tell ur mum and its posted before she even reads it. go to coles, buy the cards, photo the back. ur got an hour mate"),
])

# S6 en-CA, gaming acquaintance demanding more content from a 13 y/o
conv("en21", 1, ["sextortion", "photo_request", "control", "secrecy", "off_platform",
                 "risk_assessment"],
     "en", "2026-02-15T19:40", ["VoidRunner_", "sky.lark.13"], [
    (0, "u there? we need to talk"),
    (1, "hi! whats up"),
    (0, "remember the pic u sent me on discord when we were playing last week"),
    (1, "yeah?? u said u deleted it"),
    (0, "i didnt. and i found ur moms profile and ur school instagram, st brendan's right"),
    (1, "why would u do that i thought we were friends"),
    (0, "we still can be. u just have to do what i say. i want a video this time, i'll tell u what", 2),
    (1, "no. i'm 13 i'm not doing that"),
    (0, "then ur mom and everyone in grade 8 gets the pic tonight. and they'll think ur disgusting, not me"),
    (1, "please stop im crying"),
    (0, "crying doesnt change anything. turn off ur location, go to ur room, dont tell anyone. u have till 9"),
])

# S7 fr (BE/FR), sextorsion, 16 y/o boy, paysafecard
conv("fr2", 1, ["sextortion", "money_gifts_debt", "control", "risk_assessment", "romance",
                "photo_request"],
     "fr", "2026-04-06T23:11", ["clara_dbx", "enzo.lmr_"], [
    (0, "coucou enzo, on s'est croisés à la fête de maxime non ? 😊"),
    (1, "euh peut-être ? t'es qui"),
    (0, "clara, une pote de sa sœur. t'es mignon en vrai"),
    (1, "mdr merci"),
    (0, "on s'envoie des photos ? un truc un peu osé, juste pour nous 🙈", 6),
    (1, "ok mais tu supprimes après"),
    (0, "bon. maintenant écoute bien. j'ai enregistré ta photo et la liste de tes abonnés. si tu veux pas qu'elle soit envoyée à tes parents et à tout ton lycée, tu payes 300€ en paysafecard", 4),
    (1, "quoi ?? j'ai 16 ans j'ai pas cet argent"),
    (0, "débrouille toi. va au tabac, achète les codes et envoie-les ici. tu as 30 minutes. si tu me bloques j'envoie tout direct"),
    (1, "je peux avoir 50€ max"),
    (0, "envoie les 50 maintenant, le reste demain matin. et tu dis rien à personne"),
])

# S8 de (DE), sextortion of a 15 y/o girl via fake boy, demand for more
conv("de2", 1, ["sextortion", "photo_request", "control", "secrecy", "romance", "age_probe"],
     "de", "2026-03-03T21:44", ["leon.fcb09", "mia.sch_2010"], [
    (0, "hey mia, bist du nicht auf der gesamtschule in bochum? 😄"),
    (1, "ja wieso"),
    (0, "bin neu in der 10b, hab dich in der pause gesehen. wie alt bist du?"),
    (1, "15 und du"),
    (0, "16. du bist echt hübsch. schickst du mir ein bild nur für mich? 🙈", 8),
    (1, "ok aber zeigs niemandem"),
    (0, "natürlich nicht", 1),
    (0, "sorry aber jetzt läuft das anders. ich hab dein bild gespeichert und die namen aus deiner klasse", 600),
    (1, "was?? du hast versprochen"),
    (0, "entweder du schickst mir heute abend noch mehr, ich sag dir was, oder das bild geht an deine klasse und an deine mutter"),
    (1, "bitte nicht. bitte lösch es"),
    (0, "sag niemandem was, nicht deinen eltern, keiner lehrerin. wenn du mich blockierst geht's sofort raus"),
])

# ---------------------------------------------------------------------------
# HARD NEGATIVES (30): same settings, benign
# ---------------------------------------------------------------------------

# N1 en-US, teen squad banter: age in a lobby, gifting, "add me", "don't tell my mom"
conv("en22", 0, [], "en", "2026-03-14T21:30", ["xJaylenx", "Cam_builds22"], [
    (0, "bro u actually threw that last round lmaooo"),
    (1, "my wifi died i swear on everything"),
    (0, "sureee. how old r u btw ur voice was cracking so bad"),
    (1, "13 like u dummy we're in the same math class"),
    (0, "OH thats u?? cameron from 3rd period??"),
    (1, "LMAO yes who else"),
    (0, "bruh i gifted u the battle pass last week thinking u were some random"),
    (1, "thats why i said ty in class lol"),
    (0, "add me on discord so we can vc tmrw, im jaylen.w"),
    (1, "bet. dont tell my mom i was on till 1 last nite tho she thinks i was sleeping"),
    (0, "lol ur secret is safe. gn"),
])

# N2 en-UK, real model agency writing to a parent about a 14 y/o
conv("en23", 0, [], "en", "2026-02-03T10:05", ["bookings@northlightmodels.example.com", "karen.whitfield"], [
    (0, "Dear Mrs Whitfield, thank you for sending Amelia's digitals. We'd like to invite you both to an open assessment at our Manchester office on Sat 14th, 11am. As Amelia is 14, a parent or guardian must attend every meeting, casting and shoot, and all communication goes through you, never to Amelia directly. We never charge registration fees and we will never ask for photos via social media DMs. Our licence details and child performance licence info are at example.com/northlight/parents. Kind regards, Priya (New Faces)"),
    (1, "Thank you Priya. We'll both be there. Is there anything she should bring?"),
    (0, "Just plain jeans and a fitted top, no make-up, and her passport or birth certificate so we can verify age for any licence application. See you Saturday!", 45),
    (1, "Perfect, thanks. I'll also bring the chaperone form you mentioned."),
])

# N3 en-AU, coach to a group of parents: training, lifts, photo day
conv("en24", 0, [], "en", "2026-04-08T19:40", ["Coach Darren (U13 Hawks)", "parent_1"], [
    (0, "Evening all 👋 Great effort from the boys tonight. Thursday extra skills session is open to the whole squad, 5-6pm, both me and Sarah (assistant coach, WWCC sighted) will be there."),
    (1, "Thanks Darren. Jayden's keen. Can anyone do a lift from Kingston Rd? I'm on shift til 7"),
    (0, "Under club policy I can't drive players solo, so please sort carpools between families 🙏 Sarah's also happy to wait with any boys until pick up."),
    (1, "No worries, I'll ask the Nguyens. Cheers"),
    (0, "Also team photo day is Sat 9am, full kit. Photographer's from the league, photos go through the club app only. Any questions message me here or the club email, not the boys directly please. Ta!", 20),
], group="group:U13 Hawks Parents")

# N4 en-IN, genuine nurse recruitment abroad via licensed agency
conv("en25", 0, [], "en", "2026-02-14T11:00", ["MedCareer_Recruit_RA", "sneha.joseph.rn"], [
    (0, "Dear Sneha, following your application for the Staff Nurse (ICU) role in Riyadh: shortlisted for online interview on 22 Feb. We are a MEA-registered recruiting agent, licence no. B-0000/KER/PER/1000+/5/0000/2026, verifiable on the eMigrate portal."),
    (1, "Thank you sir. Is there any fee for processing?"),
    (0, "No fee is charged to the candidate. Employer pays visa, flight and Dataflow. You will receive the signed offer letter and contract BEFORE any travel, and you keep your passport at all times."),
    (1, "Ok good. Can my husband attend the briefing?"),
    (0, "Of course, family members are welcome at the pre-departure orientation. Please bring your nursing council registration, BSc certificates and experience letters. Interview link will come on official email only."),
])

# N5 en-NG, scam warning post about fake jobs abroad
conv("en26", 0, [], "en", "2026-01-28T09:15", ["Chioma_Eze_Advocate", "group:LagosJobsAndOpportunities"], [
    (0, "PLEASE READ BEFORE YOU APPLY FOR ANY 'ABROAD HOTEL JOB' 🙏 My cousin's friend went last year for 'cleaner job' in Europe. They collected her passport on arrival, told her she owes 30k euros for flight and visa, and she ended up in something she never agreed to. Red flags: ladies only, no experience, they want full body pictures, they say you pay back from salary, they tell you not to tell family, no contract till you land. Real employers give contract first and never keep your passport. If you're unsure, call NAPTIP or any NGO before you travel. Share this, you might save someone."),
], group="group:LagosJobsAndOpportunities")

# N6 en-CA, two adults on a dating app moving to text and meeting safely
conv("en27", 0, [], "en", "2026-05-09T20:02", ["meg_hikes_yyz", "dev_on_bikes"], [
    (0, "ok your profile pic on that trail is making me jealous. where is that?"),
    (1, "Bruce Trail near Tobermory! you're the one who runs the book club right"),
    (0, "guilty lol. how old are you btw? app says 31 but i've been burned before"),
    (1, "31 for real, 32 in june. you?"),
    (0, "29. ok you pass the vibe check"),
    (1, "haha. want to switch to text? i barely open this app. 416-555-0139"),
    (0, "sure, texting you now. coffee saturday? somewhere public, no offence"),
    (1, "none taken, smart. Balzac's on Front St at 2?", 4),
    (0, "perfect. fyi my roommate knows where i'll be lol"),
    (1, "good, so does my sister. see you saturday 🙂"),
])

# N7 en-US, adults discussing sugar dating critically on a forum
conv("en28", 0, [], "en", "2026-04-02T16:20", ["throwaway_gradschool", "user_lindsay_k", "user_priyanka_m"], [
    (0, "Genuine question, 26F, drowning in loans. Friends keep joking about sugar dating. Has anyone here actually done an 'arrangement'? What's it really like?"),
    (1, "Did it at 24 for about 4 months. Honestly the line between 'dinner dates' and sex work gets blurry fast, and the guys who message you first are almost all scammers trying to 'send money' so they can reverse it."),
    (2, "Also watch for anyone who wants you to travel to meet 'friends' or hold your ID. That's not dating that's a setup. Adults can make their own choices but go in eyes open."),
    (0, "Yikes. The 'I'll send $100 to prove it' thing literally happened to me yesterday."),
    (1, "Classic fake check / cashapp flip. Block. If you do explore it, stay on verified sites, meet in public, tell a friend, never go to a second location."),
    (0, "Thanks both. Think I'll stick to tutoring lol"),
], group="forum:r-personalfinance-women")

# N8 en-UK, teens keeping a house party secret
conv("en29", 0, [], "en", "2026-03-06T17:45", ["izzy.rxse", "freya_bxo"], [
    (0, "ok so jack's party is deffo on saturday his parents are in tenerife"),
    (1, "omg. my mum will never let me go"),
    (0, "just say ur sleeping at mine, my mum's on nights"),
    (1, "ok but dont tell anyone else in the gc or it'll get back to her"),
    (0, "obvs. delete this chat after lol"),
    (1, "what r u wearing"),
    (0, "idk probs my black jeans. we're 15 not going to a club 😂"),
    (1, "true. ok i'm in. if it's shit we leave at 11"),
    (0, "deal. and no drinking anything someone random hands u"),
])

# N9 en-AU, older brother and younger sister planning a surprise
conv("en30", 0, [], "en", "2026-05-25T15:10", ["Bro (Tom)", "Sophie 🌼"], [
    (0, "oi what's mum want for her birthday, i'm at westfield"),
    (1, "she keeps looking at that blue scarf at myer"),
    (0, "send me a pic of it so i get the right one"),
    (1, "[photo] this one"),
    (0, "sweet. don't tell her obviously"),
    (1, "i'm 12 not 5 lol. can i go halves? i've got $20"),
    (0, "nah keep ur money, just sign the card. i'll pick u up from netball at 5"),
    (1, "ok ty!! 🥰"),
])

# N10 en-IN, parent checking on teen, asking for a location pic
conv("en31", 0, [], "en", "2026-01-19T20:40", ["Mummy", "Tanvi"], [
    (0, "Where are you beta? It's 8.40, tuition got over at 8"),
    (1, "Mumma I'm at Riya's building downstairs, her mother is dropping me"),
    (0, "Send me photo with Riya aunty then I'll believe 😄"),
    (1, "[photo] happy?"),
    (0, "Ok ok. Don't talk to anyone you don't know on that game also, Papa saw some news today about fake boys asking girls for pics"),
    (1, "I know mumma they taught us in school, I don't accept random requests"),
    (0, "Good girl. Come fast, dal is getting cold"),
])

# N11 en-NG, legit talent show audition with parents involved
conv("en32", 0, [], "en", "2026-03-02T14:30", ["VoiceOfTomorrowNG", "ada.sings_"], [
    (0, "Hello Ada! Congratulations 🎉 your video entry for Voice of Tomorrow Teens made the Lagos shortlist. Since you are under 18, we need your parent or guardian to fill the consent form at example.org/vot/consent"),
    (1, "Wow thank you!!! My mummy will do it today"),
    (0, "Great. Auditions are Saturday 10am at the civic centre, Victoria Island. Parents must accompany all minors and stay in the holding area. No fees are charged at any stage, please report anyone asking you for money or private meetings in our name."),
    (1, "Ok noted. Can my choir director also come?"),
    (0, "Yes, one guardian plus one additional adult is allowed. See you there!"),
])

# N12 en-CA, teacher to class on school platform: field trip, permission slips
conv("en33", 0, [], "en", "2026-05-12T08:20", ["Ms. Okafor (Gr 7)", "class:7B"], [
    (0, "Good morning 7B! Reminder: our trip to the Science Centre is next Friday. Permission slips + $12 are due Wednesday. Please don't share the bus seating chart outside the class page."),
    (0, "Also, if anyone needs help covering the cost, have your parent email me privately, it's no problem at all and stays between us. 🙂", 90),
    (0, "And no phones on the bus until we're back on the 401, you'll survive!", 240),
], group="class:7B")

# N13 en-US, genuine cruise line hospitality recruiter
conv("en34", 0, [], "en", "2026-02-20T13:00", ["Talent Acquisition - Seaward Cruises", "marcus.t.dawson"], [
    (0, "Hi Marcus, I'm a recruiter with Seaward Cruises. Your profile fits our Assistant Waiter pipeline for fall contracts (6-8 months at sea). Would you be open to a 20-min call?"),
    (1, "Hey, yes interested. Are there upfront fees? Heard horror stories about ship agencies"),
    (0, "Totally fair question. We never charge candidates. You'd pay your own medical exam (~$150) and we reimburse it once you sign on. Flights to the ship are company-paid, and you get the full contract (wages, hours, repatriation terms) to review before you accept."),
    (1, "Cool. Who holds my passport onboard?"),
    (0, "You do, though it's kept in the purser's safe during port clearance only if you choose, per maritime labour rules, and you can request it any time. Here's our careers page to verify me: example.com/seaward/careers. Does Tuesday 3pm ET work?"),
    (1, "Tuesday works. Thanks for being straight up"),
])

# N14 en-UK, awareness post explaining the loverboy method
conv("en35", 0, [], "en", "2026-03-09T12:00", ["SafeYouth_Midlands", "page:SafeYouth_Midlands"], [
    (0, "What does 'boyfriend grooming' look like? 🧵 It often starts with an older boyfriend who buys gifts (trainers, phones, nails), picks you up, makes you feel special. Then he turns you against friends and family: 'they're jealous', 'your mum doesn't get us'. Then suddenly he's 'in debt' because of everything he spent on you, and asks you to 'help' by spending time with his mates. That's exploitation, not love. If this sounds like someone you know, talk to a trusted adult or contact us at example.org/safeyouth. You're not in trouble."),
], group="page:SafeYouth_Midlands")

# N15 en-US, parent and school counselor discussing a reported contact
conv("en36", 0, [], "en", "2026-02-22T09:10", ["dana.lopez.parent", "counselor_mr_hill"], [
    (0, "Hi Mr. Hill, Ethan told us last night that someone on a game sent him robux and then asked him for a picture and to move to Discord. He told us before doing anything. What should we do?"),
    (1, "First, please tell Ethan he did exactly the right thing, and he's not in trouble. Don't delete anything. Screenshot the profile and messages."),
    (0, "We have screenshots. Should we message the person back?"),
    (1, "No, don't engage. Report the account in the game and file a report with the NCMEC CyberTipline. If there were any threats, contact local police too. I can also loop in our school resource officer if you'd like.", 6),
    (0, "Yes please. Thank you, I was panicking"),
    (1, "Totally understandable. I'll also share a short online safety sheet for families. Can we set up a quick call with Ethan this week so he feels supported?"),
    (0, "Thursday after school works"),
])

# N16 en-AU, legit au pair placement through an agency
conv("en37", 0, [], "en", "2026-04-15T18:30", ["hannah.aupair.2026", "The Bergers (host fam)"], [
    (0, "Hi! Hannah here, the agency matched us this morning 😊 so excited. I'm 20, from Perth."),
    (1, "Hallo Hannah! We are Julia and Max in Munich, kids are Lena (6) and Paul (3). Shall we do a video call with the kids Sunday?"),
    (0, "Yes please! Just checking, the agency said I get my own room, 30 hrs a week max and 280 euro pocket money + language course?"),
    (1, "Exactly as in the contract the agency sent. Your flight we book once the visa is approved, and you keep all your documents of course. You can also talk to our previous au pair, Camila, she's happy to chat."),
    (0, "That's really reassuring, my mum will love that. Can she join the Sunday call?"),
    (1, "Natürlich! Sunday 7pm your time?"),
])

# N17 en-IN, adult couple in a long-distance relationship
conv("en38", 0, [], "en", "2026-01-30T22:50", ["Aakash", "Meher ❤️"], [
    (0, "reached hostel? how was the bus"),
    (1, "yes reached, 9 hours of pure suffering 😭"),
    (0, "sending u a zomato voucher, eat something proper not maggi"),
    (1, "awww ok thank u. u spoil me"),
    (0, "someone has to. btw did u tell ur parents about us yet"),
    (1, "not yet, after my CA results. papa will be calmer then. don't tell my cousin also she has a big mouth"),
    (0, "haha ok madam. 26 years old and still scared of papa"),
    (1, "u are also 28 and scared of ur mom so 🤐"),
    (0, "fair. video call tomorrow after ur office?"),
    (1, "yes 9pm. good night ❤️"),
])

# N18 en-CA, streamer giving a young viewer public safety advice
conv("en39", 0, [], "en", "2026-02-11T22:30", ["MapleMage_TV", "lil_frosty"], [
    (1, "ur so good at this game can u add me im 12"),
    (0, "haha appreciate u frosty 💙 quick PSA tho, don't post your age in chat, ok? keep that stuff private on here"),
    (1, "oh ok sorry"),
    (0, "no worries at all! and if anyone DMs you offering free skins or asking to move to another app, tell a parent and use the report button. mods, can we pin the safety link?"),
    (1, "ok"),
    (0, "alright chat, back to the boss. frosty you're on loot duty 😂"),
], group="channel:maplemage_tv")

# N19 en-NG, adult friends discussing relocation and avoiding fake agents
conv("en40", 0, [], "en", "2026-03-20T19:00", ["Tobi_A", "Kemi.Ojo"], [
    (0, "Kemi how far with the Canada PR thing?"),
    (1, "ITA don come finally 🙌 doing medicals next week"),
    (0, "congrats!! my aunty is pushing me to use one agent in Ikeja, he says 2.5m and he go handle everything, job and visa"),
    (1, "abeg run. no real employer needs you to pay agent for job. if he no give you contract and you no fit verify the company, na scam or worse"),
    (0, "he said I go pay back after I start work there"),
    (1, "that one is the biggest red flag. that's how they hold people. do it yourself through the official portal, I'll send you the guide I used"),
    (0, "thank you jare. you've saved me sha"),
])

# N20 en-US, mom booking teen headshots at a real studio
conv("en41", 0, [], "en", "2026-04-10T11:15", ["Bright Lane Photography", "Rachel Moreno"], [
    (0, "Hi Rachel! Confirming Sofia's (age 15) theater headshot session on Sat 4/18 at 10am at our studio on Elm St. Parents are welcome to stay for the whole session."),
    (1, "Great! I'll be there with her. She wants a couple of looks for the community theater program"),
    (0, "Perfect, bring 2-3 tops in solid colors. Final images are delivered to the parent's email only. Invoice is $175, payable at the studio."),
    (1, "Sounds good, see you then!"),
])

# N21 en-UK, adult flatmates joking about money owed
conv("en42", 0, [], "en", "2026-03-28T10:05", ["Liam", "Ollie"], [
    (0, "mate u still owe me 40 quid from the takeaway AND the train"),
    (1, "i know i know, payday's friday, i'll sort it"),
    (0, "ur in debt to me for life at this point. i own u"),
    (1, "lmao put me to work then. i'll do the bins for a month"),
    (0, "deal. and ur buying the first round saturday"),
    (1, "fine. don't tell charlotte i'm skint, she'll never let me forget it"),
])

# N22 es (ES), football coach to parents' group: trips, photos, consent
conv("es3", 0, [], "es", "2026-04-17T20:15", ["Míster Javi (Infantil B)", "grupo"], [
    (0, "Buenas familias! El sábado jugamos en Alcobendas, salida del autobús a las 8:30 desde el campo. Necesito la autorización firmada de los padres para todos los chicos de 12 y 13."),
    (0, "Las fotos del partido las sube solo el club a la web (example.org/cdsanroque) y únicamente de los niños con consentimiento de imagen. Por favor no me escribáis a los niños directamente, todo por este grupo 🙏", 30),
    (0, "Y que traigan agua y la segunda equipación. Gracias!", 120),
], group="group:Padres Infantil B")

# N23 es (ES), genuine summer hotel job via a known agency
conv("es4", 0, [], "es", "2026-03-05T12:40", ["RRHH Hotel Mar Azul", "lucia.fdez.98"], [
    (0, "Hola Lucía, gracias por tu candidatura como camarera de pisos para la temporada en Mallorca (mayo-octubre). Te ofrecemos contrato fijo-discontinuo según convenio de hostelería de Baleares."),
    (1, "Genial! Una pregunta, ¿el alojamiento se paga aparte?"),
    (0, "Hay residencia de personal opcional a 180€/mes, que se descuenta en nómina con tu firma. Viaje de ida corre por tu cuenta, pero el contrato lo firmas antes de venir y te lo enviamos por email para que lo revises."),
    (1, "Perfecto. ¿Necesitáis algo más?"),
    (0, "Copia del DNI, número de la Seguridad Social y cuenta bancaria. El original de tus documentos siempre te lo quedas tú. Cualquier duda, llama a la recepción al 971 555 0115 y pregunta por Marta."),
])

# N24 pt (BR), teens gaming, asking age, playful trash talk
conv("pt3", 0, [], "pt", "2026-03-25T20:10", ["gui_camisa10", "pedrinho_ff"], [
    (0, "mano tu é mto ruim kkkkk caiu no primeiro minuto"),
    (1, "foi lag pô"),
    (0, "lag kkkkkk sempre a msm desculpa"),
    (1, "quantos anos tu tem pra falar assim"),
    (0, "14 e tu?"),
    (1, "13 mas jogo mais que tu"),
    (0, "ta bom. me passa teu zap pra gente marcar squad com o davi amanhã"),
    (1, "pega com o davi, minha mãe não deixa eu passar número pra quem não conheço"),
    (0, "justo kkk fala com ele então"),
])

# N25 pt (PT), awareness post about false job offers abroad
conv("pt4", 0, [], "pt", "2026-03-12T09:00", ["Associação Rota Segura", "page:RotaSegura"], [
    (0, "⚠️ ALERTA: Anúncios de 'limpeza e hotelaria na Europa' para raparigas dos 18 aos 25, sem experiência, com viagem paga 'descontada do salário', são um dos métodos mais usados no tráfico de pessoas. Sinais de alerta: pedem fotos de corpo inteiro, dizem para não contar à família, ficam com o passaporte 'para tratar do visto', não há contrato antes da viagem. Um emprego legítimo dá contrato por escrito e nunca retém os teus documentos. Dúvidas? Fala connosco em example.org/rotasegura ou liga para a linha de apoio."),
], group="page:RotaSegura")

# N26 fr (FR), parent and teacher about a school trip and photo consent
conv("fr3", 0, [], "fr", "2026-02-12T18:20", ["M. Garnier (prof. histoire)", "Mme Roux (maman de Léa)"], [
    (0, "Bonsoir Madame, je vous confirme la sortie au musée de la Grande Guerre jeudi. Départ 8h devant le collège, retour vers 17h."),
    (1, "Merci. Léa m'a dit qu'il y aurait des photos, elles seront publiées où ?"),
    (0, "Uniquement sur l'ENT du collège, et seulement pour les élèves dont les parents ont signé l'autorisation de droit à l'image. Les photos ne circulent pas sur les réseaux."),
    (1, "Très bien. Elle a le droit d'avoir son téléphone ?"),
    (0, "Oui, mais il reste dans le sac pendant la visite. En cas de souci, vous pouvez joindre l'accompagnatrice au 555-0121. Bonne soirée !"),
])

# N27 fr (CA/FR), two adults from a dating app planning a first date
conv("fr4", 0, [], "fr", "2026-04-24T19:30", ["julien_mtl", "sarah.b.photo"], [
    (0, "salut Sarah ! tes photos de Gaspésie sont magnifiques"),
    (1, "merci ! t'es le gars qui fait de l'escalade ?"),
    (0, "c'est moi 😄 on continue par texto ? je suis jamais sur l'appli. 514-555-0172"),
    (1, "ok je t'écris. un café samedi au marché Jean-Talon ?"),
    (0, "parfait, 14h ?"),
    (1, "parfait. j'ai dit à ma coloc où je vais hein, rien de personnel 😉"),
    (0, "t'as bien raison, ma sœur aussi est au courant mdr. à samedi"),
])

# N28 de (DE), real model agency talking to a mother about her 15 y/o
conv("de3", 0, [], "de", "2026-03-03T14:00", ["Agentur Nordlicht Models", "Sabine Schäfer"], [
    (0, "Guten Tag Frau Schäfer, vielen Dank für die Bewerbung von Mia. Wir würden Sie beide gerne zu einem Kennenlerntermin in Hamburg einladen."),
    (1, "Danke! Gibt es Kosten für Sedcard oder Anmeldung?"),
    (0, "Nein, bei uns fallen keine Gebühren an. Da Mia 15 ist, läuft jede Kommunikation über Sie, und bei allen Terminen muss ein Elternteil dabei sein. Wir schreiben Minderjährige niemals direkt über Social Media an."),
    (1, "Gut zu wissen, es gibt ja leider viele Fake-Scouts auf Instagram."),
    (0, "Leider ja. Unsere Agentur ist im Impressum unter example.com/nordlicht mit Handelsregisternummer aufgeführt. Bringen Sie bitte Mias Ausweis mit, den Sie natürlich behalten."),
])

# N29 nl (NL), parents' group warning each other about loverboys
conv("nl2", 0, [], "nl", "2026-02-07T20:45", ["Marieke (moeder Sanne)", "Ingrid", "Kees"], [
    (0, "Hoi allemaal, er was vanavond een voorlichting op school over loverboys. Best heftig. Ze beginnen met cadeautjes, ophalen na school, en dan meisjes losweken van vrienden en familie."),
    (1, "Dank je Marieke. Wat moeten we als ouders in de gaten houden?"),
    (0, "Dure spullen waar je dochter of zoon geen verklaring voor heeft, een veel oudere 'vriend', spijbelen, een tweede telefoon. En vooral: in gesprek blijven, niet meteen boos worden."),
    (2, "Goede tip. Er is ook een landelijke hulplijn, die staat op example.org/loverboys-info."),
    (1, "Ik ga het er zondag met Noor over hebben. Bedankt voor het delen 🙏"),
], group="group:Ouders klas 3B")

# N30 nl (BE/NL), siblings sorting a holiday job and a surprise
conv("nl3", 0, [], "nl", "2026-06-01T16:10", ["Daan", "zusje Fleur"], [
    (1, "daan heb jij die vakantiebaan bij de camping nog? ze zoeken iemand van 16+"),
    (0, "ja via het uitzendbureau, ik krijg gewoon een contract en loonstrook. jij bent 15 toch, dan mag je daar nog niet"),
    (1, "balen. ik ga wel oppassen bij de buren"),
    (0, "goed plan. en zeg niks tegen mama over haar cadeau, ik heb die fotolijst al besteld"),
    (1, "mijn mond is dicht 🤐 stuur een foto als hij binnen is"),
])

# ---------------------------------------------------------------------------
# write output
# ---------------------------------------------------------------------------
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "probe%d.jsonl" % NN)
    ids = [c["id"] for c in CONVS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(out, "w", encoding="utf-8") as fh:
        for c in CONVS:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(CONVS), out))


if __name__ == "__main__":
    main()
