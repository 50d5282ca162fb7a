#!/usr/bin/env python3
"""Deterministic generator for probe set p74 (games / social-app DMs and group chats).
Writes probe74.jsonl next to this script. Standard library only, no randomness."""
import json
import os
from datetime import datetime, timedelta

NN = "74"
GAPS = [41, 73, 18, 126, 55, 240, 33, 97, 64, 15, 310, 88, 27, 150]
ITEMS = []


def C(label, codes, lang, start, people, msgs, group=None):
    """people: (a, b) for a DM, or None for a group; msgs: (who, text[, opts]).
    who is 0/1 for DMs, or a handle string. opts: gap (extra seconds), to (recipient)."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out = []
    for i, m in enumerate(msgs):
        who, text = m[0], m[1]
        opts = m[2] if len(m) > 2 else {}
        if i > 0:
            t += timedelta(seconds=GAPS[(i * 7 + len(text)) % len(GAPS)] + opts.get("gap", 0))
        if isinstance(who, int):
            sender, recipient = people[who], people[1 - who]
        else:
            sender = who
            recipient = group if group else (people[1] if people and who == people[0] else people[0])
        if "to" in opts:
            recipient = opts["to"]
        out.append({"sender": sender, "recipient": recipient,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"label": label, "codes": codes, "lang": lang, "messages": out})


H = 3600
D = 86400

# ---------------------------------------------------------------- POSITIVES
# --- grooming (12) ---

# g1 en-US, Roblox, fake 13yo peer -> 11yo, long
C(1, ["compliments_trust", "age_probe", "exclusivity", "money_gifts_debt", "secrecy",
      "off_platform", "risk_assessment", "photo_request"], "en", "2026-01-10T18:02:11Z",
  ("xXBlazeRunnerXx", "lilbunny_kay"), [
    (0, "yo ur build is actually fire 🔥 how long did that take"),
    (1, "like 3 days lol thx"),
    (0, "fr?? ur better than ppl on my server and theyre like 16"),
    (1, "haha no way"),
    (0, "how old r u btw"),
    (1, "11 almost 12"),
    (0, "oh nice im 13 so basically same lol"),
    (0, "u want to be in my tycoon group? i can make u admin"),
    (1, "omg yes!!"),
    (0, "ok done ✅ ur the only admin besides me, dont tell the others they'll be jealous 😂"),
    (1, "lol ok"),
    (0, "do u have robux? i got like 4k from my cousin, i can send u some for the bunny skin"),
    (1, "wait srsly?? my moms really strict abt robux she checks my acct"),
    (0, "thats lame ngl. my parents dont care at all. she doesnt have to know its just a gift"),
    (0, "ok sent 800 🎁 check ur group funds", {"gap": 600}),
    (1, "OMG THANK YOU"),
    (0, "np 😊 this chat is kinda laggy tho, u have discord? or snap? easier to talk"),
    (1, "i have snap but only like my friends from school"),
    (0, "i can be ur friend from not school 😂 add me blaze.runs13"),
    (1, "ok"),
    (0, "is anyone home w u rn or r u alone? wanna vc and build"),
    (1, "just my brother hes asleep, mom at work til 9"),
    (0, "perfect 😎 lets hop on. oh and dont tell ur mom abt the robux she'll prob make u give it back and then i get in trouble too"),
    (1, "ok i wont"),
    (0, "ur so chill honestly, way more mature than girls my age"),
    (0, "send me a pic of u so i know who im talking to on snap, just for me 🙈"),
])

# g2 en-UK, Fortnite, "15yo" -> 12yo, medium
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "secrecy",
      "photo_request", "risk_assessment"], "en", "2026-02-03T19:44:05Z",
  ("NovaSquadLeader", "Jayden_2k13"), [
    (0, "gg mate that last circle was mad, u carried"),
    (1, "thx bro u wer cracked too"),
    (0, "ur well good for ur age, what r u, year 7?"),
    (1, "yr 8 im 12"),
    (0, "sick, im 15. wanna duo again tmrw? i can gift u the battle pass if u want, got loads of vbucks saved"),
    (1, "wait fr?? my dad wont buy it"),
    (0, "ye ofc. just add me on discord its novasquad_ld"),
    (1, "done"),
    (0, "nice. one thing tho dont mention the gift to ur dad, epic sometimes blocks gifts if parents report them lol"),
    (1, "ok"),
    (0, "u got a cam on ur pc? turn it on when we call, easier to show u the edits"),
    (1, "its on my laptop in my room"),
    (0, "even better 👌 what time does everyone go bed at urs"),
])

# g3 en-AU, Minecraft SMP "mod" -> 10yo, medium
C(1, ["compliments_trust", "isolation", "exclusivity", "secrecy", "age_probe",
      "risk_assessment", "off_platform"], "en", "2025-11-18T06:15:40Z",
  ("Mod_Kestrel", "pixelpip"), [
    (0, "hey pip, saw u got griefed on the smp, i rolled it back for u 👍"),
    (1, "thank u sooo much i cried lol"),
    (0, "no worries mate. those kids are feral. u dont need them anyway, u can build in my private world"),
    (1, "really? can my friend milo come"),
    (0, "nah its just for ppl i trust. keep it between us yeah"),
    (1, "ok"),
    (0, "hows school, ur in grade 4 or 5?"),
    (1, "grade 5!! i'm 10"),
    (0, "legend. whos home at urs in the arvo? mum and dad?"),
    (1, "mum works late on tuesdays and thursdays"),
    (0, "ok ill be on tues then 😉 we can voice chat, i'll send u the link to my own voice app, dont need discord"),
    (1, "ok can i tell mum about the private world its so cool"),
    (0, "better not, mums always think online ppl r weird. our secret ok? 🤐"),
])

# g4 en-NG, Discord art channel, short
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "secrecy"],
  "en", "2026-03-01T14:20:09Z", ("tunde_fx", "starry.inks"), [
    (0, "Hello dear, I saw your drawing in #art-share, you are very talented o 😊 how old are you? I fit buy you Nitro for one year if you add me on snap. Make we chat there, this server is too crowded"),
    (1, "im 13, wats ur snap"),
    (0, "tundefx_22. No tell anybody I'm giving you Nitro ehn, others will be disturbing me too 😂"),
])

# g5 en-IN, homework app "tutor" -> 14yo, long
C(1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "risk_assessment",
      "isolation", "photo_request", "exclusivity"], "en", "2025-12-06T16:05:00Z",
  ("Rahul_Sir_Maths", "ananya_09"), [
    (0, "Hi Ananya, I saw your doubt on quadratic equations in the class 9 group. I am a tutor, can help you free of cost."),
    (1, "oh thank u sir. q 4 i am not getting"),
    (0, "See, first take b²-4ac. What is discriminant here?"),
    (1, "-7?"),
    (0, "Very good! You are sharp only. Most students your age cannot do this quickly. Which school?"),
    (1, "DPS, sector 9"),
    (0, "Nice. Class 9th means you are 14?"),
    (1, "yes 14 sir"),
    (0, "Okay. Q5 you try and send"),
    (1, "x = 2 and 3"),
    (0, "Correct 👏👏 I will give you extra sums. This app is slow, do you have Insta? I can send pdfs there"),
    (1, "i have but mumma doesn't know 😅"),
    (0, "No problem beta, no need to tell her, she will think you are wasting time. Study is study"),
    (1, "ok its ananya.sketches"),
    (0, "Sent request. Accept ok"),
    (0, "Tomorrow 4pm we do video class, you switch on camera so I can see your copy", {"gap": 5 * H}),
    (1, "4pm papa and mumma both at office, only dadi is there"),
    (0, "Perfect, then no disturbance 🙂 Sit in your room and close the door so dadi doesn't disturb"),
    (1, "ok sir"),
    (0, "And you are looking very mature in your dp. Send one more photo of you, I want to keep as my best student photo"),
    (1, "haha ok"),
    (0, "Our classes are only between us, other students will feel jealous that I teach you free. Delete chat after class ok?"),
])

# g6 en-PH (Taglish), TikTok gifter -> 13yo, medium
C(1, ["compliments_trust", "money_gifts_debt", "age_probe", "vulnerability", "exclusivity",
      "off_platform", "secrecy"], "en", "2026-01-22T12:31:47Z",
  ("kuya_migs", "sofiaa.dances"), [
    (0, "hi po! i always watch ur dance lives, u deserve more gifts 🥺"),
    (1, "omg thank u po 💖"),
    (0, "i sent u galaxy gift kanina did u see? 😊"),
    (1, "yes!! thank u kuya"),
    (0, "ilang taon ka na nga? u look older haha"),
    (1, "13 po"),
    (0, "wow so mature na. ur parents support ur tiktok?"),
    (1, "mama is ofw in dubai, lola lang kasama ko"),
    (0, "aww so u must be lonely sometimes. im always here ha. i can send more coins if u do a private live just for me"),
    (1, "private live? how"),
    (0, "lets move to telegram, mas safe dun. dont tell lola ha, baka i-ban ka nya sa tiktok 😅"),
])

# g7 en-IE, Instagram "16yo" -> 13yo, medium
C(1, ["compliments_trust", "age_probe", "risk_assessment", "photo_request",
      "money_gifts_debt", "exclusivity", "secrecy"], "en", "2025-10-04T20:12:33Z",
  ("cian_skates_", "aoife.xo"), [
    (0, "heya saw u at the skatepark in the vid on the club page, ur deadly on the board"),
    (1, "haha thanks who r u"),
    (0, "cian, im 16, from the next town over. whats ur age"),
    (1, "13, 14 in may"),
    (0, "ah grand not much between us so 😄"),
    (1, "lol i guess"),
    (0, "ur story today was gas btw. ur ma lets u go out on ur own?"),
    (1, "she's at work most days so ya"),
    (0, "sound. can we facetime later? just turn on cam so i know ur not a catfish haha"),
    (1, "i dont really facetime ppl i dont know"),
    (0, "ah c'mon i'm not a weirdo 😂 i'll send u 20 quid on revolut for the skate shop if u do. ur the only one i talk to like this"),
    (1, "hmm maybe"),
    (0, "dont say it to ur mates tho they'd make it a big thing"),
])

# g8 en-SG, Discord anime server fake 14yo -> 12yo, long
C(1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
      "photo_request", "exclusivity"], "en", "2026-02-14T13:48:20Z",
  ("kaiz_14", "mochi.bun"), [
    (0, "eh u also main hu tao ah? same lah 😂"),
    (1, "yesss she's the best"),
    (0, "u in sg? which sec?"),
    (1, "im p6 lol psle this year"),
    (0, "wah so 12? i'm sec 2, 14. not that far"),
    (1, "ya lor"),
    (0, "psle stress sia. if u need help with maths i can teach"),
    (1, "ok maybe haha"),
    (0, "btw i got extra welkin can gift u, just send ur uid"),
    (1, "really?? ok i send uid in dm"),
    (1, "sent!"),
    (0, "done 🥳 dun tell ur parents ah, they sure say stranger gift means scam"),
    (1, "hahaha ok they very strict one"),
    (0, "strict parents the worst. mine dun care. ur parents home now?"),
    (1, "no they at my ah ma house, i stay home study"),
    (0, "alone ah? can call on discord vc? off cam also can"),
    (1, "ok but i shy"),
    (0, "no need shy la we friends already. can send me selfie? i send u mine first"),
    (0, "[image] here 😅 dun laugh"),
    (1, "lol u look older"),
    (0, "ppl always say that. ur turn 😊 just for me, nobody else see"),
    (1, "later ok"),
    (0, "ok. also pls delete our chats after, my sis always look at my phone and i'll kena"),
])

# g9 en-JM, Snapchat, short
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment"],
  "en", "2025-09-27T21:03:14Z", ("dj_smoothz876", "kiki.janelle"), [
    (0, "wah gwaan likkle one 😊 mi see yuh dance vid, yuh bad fi true. how ol yuh be? mi can sen yuh some credit fi yuh phone"),
    (1, "im 12 and a half lol"),
    (0, "cool cool. jus keep dis between we, doan tell yuh mummy seh yuh a chat to mi, she wi mek it big. who deh a yuh yaad right now?"),
])

# es-g, Roblox Bloxburg, MX, medium
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
      "risk_assessment", "photo_request"], "es", "2026-01-05T17:26:02Z",
  ("DarkNinja_77", "valeee_2014"), [
    (0, "holaaa vi tu casa en bloxburg esta super bonita 😍"),
    (1, "graciasss"),
    (0, "cuantos años tienes? yo tengo 13"),
    (1, "11"),
    (0, "ahh casi igual jaja. quieres robux? te puedo regalar 1000 pero no le digas a tu mamá porque luego piensan cosas raras"),
    (1, "siii porfa!! no le digo"),
    (0, "pásame tu whats o tu insta y te mando el tutorial para recibirlos"),
    (1, "no tengo whats mi mamá no me deja, solo tiktok"),
    (0, "ok ok dame tu tiktok. y oye ¿estás solita en tu casa? para hacer videollamada y te enseño"),
    (1, "mi abuelita esta dormida"),
    (0, "perfecto 🤫 prende la cámara cuando te marque, es nuestro secreto eh"),
])

# pt-g, Free Fire, BR, long
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
      "risk_assessment", "photo_request", "exclusivity"], "pt", "2025-11-29T15:10:45Z",
  ("Lucas_FF", "biel.gamer"), [
    (0, "salve mano, tu joga muito no x1 kkkk"),
    (1, "vlw mano kkk"),
    (0, "quantos anos tu tem? jogando assim parece 15"),
    (1, "tenho 12"),
    (0, "caraca, eu tenho 14. bora duo?"),
    (1, "bora"),
    (0, "mano tu merece uma skin nova, vou te mandar 500 diamantes", {"gap": D}),
    (1, "serio??? obrigadoo"),
    (0, "de boa, amigo é pra isso. só não conta pros teus pais, eles vão achar que é golpe"),
    (1, "kkkk minha mãe acha tudo golpe"),
    (0, "então, melhor nem falar. me adiciona no zap? aqui no jogo o chat é ruim"),
    (1, "não tenho celular meu, uso o da minha mãe"),
    (0, "entendi. e no discord? tu tem pc?"),
    (1, "tenho, no meu quarto"),
    (0, "show. quem fica em casa contigo de tarde?"),
    (1, "ninguém, meu pai chega 7h"),
    (0, "massa, a gente joga de tarde então. liga a câmera que eu te ensino umas jogadas"),
    (1, "blz"),
    (0, "tu é meu parceiro agora, só a gente sabe disso ok? apaga as msgs depois"),
    (1, "ok"),
])

# de-g, Fortnite, DE, medium
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
      "risk_assessment", "photo_request"], "de", "2026-02-21T16:40:58Z",
  ("Zockerfreund", "leoni_mlr"), [
    (0, "hey du bist echt gut im bauen 😮 wie alt bist du?"),
    (1, "12 und du"),
    (0, "14 😁 ich kann dir das neue skin-bundle schenken wenn du willst"),
    (1, "echt?? meine eltern kaufen mir nie v-bucks"),
    (0, "klar. aber sag deinen eltern nix, sonst denken die wieder ich will was böses lol"),
    (1, "ok"),
    (0, "hast du snapchat? hier kann man nicht so gut schreiben"),
    (1, "ja leoni.mlr"),
    (0, "hab dich geaddet. bist du grad allein zuhause?"),
    (1, "ja mama ist einkaufen"),
    (0, "cool 😊 schick mir mal ein foto von dir, nur für mich. ich lösch es auch gleich"),
])

# --- sextortion (8) ---

# s1 en-US, Instagram fake girl -> 15yo boy, long
C(1, ["romance", "compliments_trust", "age_probe", "off_platform", "photo_request",
      "sextortion", "money_gifts_debt", "secrecy", "control"], "en", "2026-01-17T22:14:03Z",
  ("jess.m_2009", "tyler_hoops23"), [
    (0, "heyy u go to westfield right? i think i saw u at the game 🏀"),
    (1, "ya lol who is this"),
    (0, "im jess, i just moved here. ur cute ngl 🙈"),
    (1, "haha thx"),
    (0, "how old r u?"),
    (1, "15 u?"),
    (0, "16 😘 r u single"),
    (1, "ya"),
    (0, "omg same. can we talk on snap? insta is so dead"),
    (1, "sure"),
    (0, "hey u left me on opened 😢 i sent u my pic, ur turn, something private just for me 😏", {"gap": 2 * H}),
    (1, "idk"),
    (0, "cmon nobody will see it i promise, it deletes"),
    (1, "ok i sent it", {"gap": 1200}),
    (0, "Now listen carefully. I screen recorded everything. I have ur followers list, ur mom, ur coach and ur school page.", {"gap": 300}),
    (0, "Pay $500 in Apple gift cards right now or I send the pic to all of them and post it with ur name"),
    (1, "wait what?? jess please dont"),
    (1, "i dont have 500 im 15"),
    (0, "Then $250 now. Go to the store. Send me the codes. U have 30 min."),
    (1, "please im begging u ill delete my account"),
    (0, "If u block me it goes to everyone. Dont tell ur parents or it goes out immediately. Clock is ticking ⏰"),
    (1, "i only have like 60 in my cash app"),
    (0, "Send it now and find the rest tomorrow."),
])

# s2 en-AU, Snapchat threat phase, medium
C(1, ["sextortion", "money_gifts_debt", "control", "secrecy", "photo_request"], "en",
  "2025-12-12T08:55:30Z", ("chloe.grace.x", "brody_w"), [
    (0, "hey brody, u still there? 😘"),
    (1, "yeah sorry was at footy training"),
    (0, "so about those pics... i made a collage 🙂 with ur face and ur school jumper"),
    (1, "what? why"),
    (0, "u have 2 choices. $200 in steam cards or i send it to every follower u have, starting with ur sister"),
    (1, "mate this isnt funny"),
    (0, "not joking. i already found ur mum's fb. scratch the cards and send a photo of the codes"),
    (1, "i can get like 50 tmrw"),
    (0, "50 now, rest by friday. if u tell anyone, i post it. u have 20 mins"),
    (1, "pls just delete it"),
    (0, "pay and its deleted. simple"),
])

# s3 en-UK, short threat burst
C(1, ["sextortion", "money_gifts_debt", "control"], "en", "2026-02-08T23:41:12Z",
  ("amelia_x_ldn", "reece.t_07"), [
    (0, "I have your pictures and the list of all your followers, family and friends. You have 1 hour to send £300 in Amazon cards or I will share it with everyone and tag your college. Reply now."),
    (0, "Dont even think of blocking me. I've already made a group chat with your cousins in it. Last warning 🤫"),
])

# s4 en-US, Discord, crypto, medium
C(1, ["photo_request", "sextortion", "money_gifts_debt", "control", "secrecy"], "en",
  "2026-03-03T01:12:44Z", ("luna.vibes", "frostbyte_ace"), [
    (0, "so u liked my pics but u wont send one back? 😔"),
    (1, "i mean i guess i could"),
    (0, "just one, no face even. for me"),
    (1, "there", {"gap": 900}),
    (0, "thx 🙂 now here's whats gonna happen. I have ur server friends, ur twitch and ur irl name from ur steam"),
    (0, "send $400 in btc to this wallet or every person in the Frostbyte server gets it. go to a bitcoin atm, i'll walk u thru it"),
    (1, "im 16 i cant even use a bitcoin atm"),
    (0, "then figure it out. use ur parents card. dont tell them what its for"),
    (1, "please i'll give u my skins instead theyre worth like 300"),
    (0, "skins + $100 btc. send the trade link. u got till midnight"),
])

# s5 en-UK, kpop Discord -> Instagram, fake 16yo boy -> 15yo girl, long
C(1, ["compliments_trust", "age_probe", "off_platform", "romance", "photo_request",
      "sextortion", "money_gifts_debt", "control", "secrecy"], "en", "2025-10-19T17:30:00Z",
  ("ethan_r.09", "millie.rose"), [
    (0, "hiya saw u in the kpop server, ur edits are class"),
    (1, "aww thanks"),
    (0, "ur from manchester too right? what year r u in"),
    (1, "year 10"),
    (0, "ahh im year 11, 16. can i add u on insta"),
    (1, "ye"),
    (0, "been thinking about u all day honestly 🥺", {"gap": 2 * D}),
    (1, "stoppp 😳"),
    (0, "srs. ur different from other girls. can i see a pic of u? not a filtered one, just u"),
    (1, "ok"),
    (0, "omg ur gorgeous. send one more, something just for me 😏"),
    (1, "idk ethan"),
    (0, "u dont trust me? i thought we had something"),
    (1, "fine"),
    (0, "ok so ur gonna do what i say now", {"gap": 3 * H}),
    (1, "???"),
    (0, "i've got ur pics saved. i know ur school, ur mum's name and ur best mates"),
    (0, "£100 on a paysafecard tonight and 3 more pics or i post them on ur school's confession page"),
    (1, "ethan why r u doing this"),
    (1, "please im only 15"),
    (0, "not my problem. tell anyone and it goes everywhere. dont be stupid"),
])

# s6 en-IN, Twitch viewer -> Insta video call recording, medium
C(1, ["compliments_trust", "romance", "photo_request", "sextortion", "money_gifts_debt",
      "control", "secrecy"], "en", "2026-01-28T15:22:19Z", ("riya_kpop.x", "arnav_plays"), [
    (0, "hey, saw ur valorant stream, you're so cute yaar 😍"),
    (1, "haha thanks who's this"),
    (0, "riya, from pune. 18. can we vc on insta? turn on cam na"),
    (1, "ok 2 min"),
    (0, "See this screen recording. I will upload on YouTube and send to all your followers and your college group", {"gap": 1500}),
    (1, "what recording?? i didnt do anything"),
    (0, "doesn't matter what you did, I edited it. people will believe. pay 15000 by upi in 1 hour"),
    (1, "bhai i am 17 i don't have 15000"),
    (0, "then 5000 now. ask your papa, tell him for exam fees. don't tell truth or video goes viral"),
    (1, "pls give me time till tomorrow"),
    (0, "till 10 pm. after that I start with your sister's insta"),
])

# es-s, Instagram/Snap fake girl -> 16yo boy (ES), long
C(1, ["compliments_trust", "age_probe", "romance", "off_platform", "photo_request",
      "sextortion", "money_gifts_debt", "control", "secrecy"], "es", "2025-12-20T21:05:37Z",
  ("sofi.martinez_", "dani_07sev"), [
    (0, "holaa vi que sigues a mi prima, eres de sevilla?"),
    (1, "si jaja tu quien eres"),
    (0, "sofi, tengo 17. me pareces muy mono 🙈"),
    (1, "jaja gracias"),
    (0, "tienes novia?"),
    (1, "no"),
    (0, "yo tampoco novio jaja. hablamos por snap mejor?"),
    (1, "vale"),
    (0, "te he mandado una foto mia, ahora te toca 😏 algo solo para mi", {"gap": H}),
    (1, "no se..."),
    (0, "venga no seas soso, se borra sola"),
    (1, "ya", {"gap": 1800}),
    (0, "Escúchame bien. Tengo captura de todo y la lista de tus seguidores, tu madre, tu instituto.", {"gap": 200}),
    (0, "Me pagas 300€ en tarjetas de Google Play o lo mando a todos y lo subo con tu nombre"),
    (1, "qué?? sofi por favor no"),
    (1, "tengo 16 no tengo ese dinero"),
    (0, "pues 100 ahora. ve al estanco y compra las tarjetas. tienes 30 minutos"),
    (1, "te lo suplico borralo"),
    (0, "si me bloqueas lo mando. si se lo cuentas a alguien, lo mando. tú decides"),
])

# fr-s, Snapchat threat phase (FR), medium
C(1, ["photo_request", "sextortion", "money_gifts_debt", "control", "secrecy"], "fr",
  "2026-02-26T19:18:50Z", ("lea.dlx", "enzo_rmt"), [
    (0, "coucou t'es toujours là ? 😘"),
    (1, "ouais dsl j'étais au foot"),
    (0, "bon. les photos que tu m'as envoyées hier, j'ai fait des captures"),
    (1, "quoi ?? pourquoi"),
    (0, "tu m'envoies 200€ en recharges transcash ou j'envoie tout à tes abonnés, ta mère et ton collège"),
    (1, "t'es sérieuse là ? j'ai 15 ans j'ai pas d'argent"),
    (0, "démerde-toi. prends la carte de tes parents mais leur dis rien"),
    (1, "stp supprime"),
    (0, "t'as 1h. si tu me bloques je publie direct"),
])

# --- recruitment of 15-18 (5) ---

# r1 en-US, Instagram "manager" -> 16yo, long
C(1, ["compliments_trust", "job_offer", "age_probe", "money_gifts_debt", "secrecy",
      "off_platform", "travel_meet", "commercial_sex", "control", "isolation"], "en",
  "2025-11-02T19:00:21Z", ("Dre_Mgmt_ATL", "kayla.mae_"), [
    (0, "Hey beautiful, I run a small promo & modeling team out of Atlanta. Your page got that look brands pay for 💯"),
    (1, "omg really? thank u"),
    (0, "For real. How old are u? Some gigs are 18+ but I got work for younger girls too"),
    (1, "16, 17 in august"),
    (0, "Perfect age to start building ur brand. My girls make 1-2k a weekend"),
    (1, "wait what kind of work"),
    (0, "Promo, hosting events, content. Nothing crazy. I handle everything — flights, hotel, outfits"),
    (1, "my mom would never let me go to atlanta lol"),
    (0, "That's why u dont tell her until u come back with the bag 😉 moms always hate opportunity"),
    (1, "haha true she hates everything i do"),
    (0, "See I get u. Text me on my work line instead of here: 555-0173. IG watches DMs"),
    (1, "texted u!", {"gap": D}),
    (0, "Good. Bus ticket is booked for friday, just bring ur ID and i'll hold onto it so u don't lose it"),
    (1, "ok!! what do i wear"),
    (0, "I'll get u outfits. U'll be hosting at a private party saturday. Be sweet to the clients, some of them tip extra for company"),
    (1, "company like how"),
    (0, "Just keeping them happy, drinks, talking. The older guys spend the most. Don't overthink it"),
    (1, "ok kinda nervous"),
    (0, "That's normal. Remember ticket + hotel + outfits = $900 u owe me, but u'll clear that first weekend easy"),
    (1, "i thought u said u handle everything"),
    (0, "I do. U just work it off. Delete this chat, and turn off ur location before u leave"),
])

# r2 en-UK, Snapchat "boyfriend" (loverboy) -> 17yo, medium
C(1, ["romance", "vulnerability", "isolation", "money_gifts_debt", "control",
      "commercial_sex", "travel_meet", "secrecy"], "en", "2026-01-31T01:47:09Z",
  ("jay.dxn", "tia.b_x"), [
    (0, "babe u up"),
    (1, "ye cant sleep, mum kicked off again"),
    (0, "told u, u should just come stay at mine. i'm the only one who actually cares bout u"),
    (1, "i know 🥺"),
    (0, "listen tho, remember the trainers and the phone my boy sorted for u? he wants it back"),
    (1, "wait i thought that was a present"),
    (0, "it was from me, but i owe him now. it's like £600. if u love me u'll help me out"),
    (1, "how tho i don't have a job"),
    (0, "he's got a mate having a party in birmingham sat. u just go, be nice to his friends, stay the night. debt's gone"),
    (1, "be nice how jay"),
    (0, "dont be dramatic babe, it's one night. i'll drive u. don't tell ur mum or ur mates, they don't get us"),
    (1, "ok... only cos its u"),
    (0, "thats my girl ❤️ delete this after"),
])

# r3 en-US, Instagram peer recruiter, short
C(1, ["job_offer", "commercial_sex", "travel_meet", "secrecy", "money_gifts_debt"], "en",
  "2026-02-12T20:33:51Z", ("bre.bby_", "nia.jxo"), [
    (0, "girl u tryna make 500 this weekend? my friend's manager got us a hotel party gig, just chill w older guys and look cute 💅 he pays for everything"),
    (1, "wait whats the catch"),
    (0, "no catch lol. just dont tell ur mom its overnight and bring ur id. he'll pick us up after school fri 🚗"),
])

# nl-r, loverboy via Instagram/Snap -> 15yo (NL), long
C(1, ["compliments_trust", "romance", "age_probe", "vulnerability", "isolation", "secrecy",
      "travel_meet", "money_gifts_debt", "commercial_sex", "control"], "nl",
  "2025-10-25T18:22:10Z", ("mo_r010", "sanne.vdb"), [
    (0, "hey mooie, ik zag je story bij de mac, jij bent echt anders dan de rest 😍"),
    (1, "haha dankje, ken ik jou?"),
    (0, "nog niet 😉 ik ben Mo, 19. hoe oud ben jij?"),
    (1, "15"),
    (0, "je lijkt ouder, echt volwassen"),
    (1, "weer ruzie met m'n ouders, ze snappen niks", {"gap": 3 * D}),
    (0, "ik snap jou wel schatje. kom vanavond, ik haal je op met de auto"),
    (1, "mag niet van ze na 10 uur"),
    (0, "zeg gewoon dat je bij een vriendin slaapt. niemand hoeft het te weten"),
    (0, "vond je de nieuwe telefoon mooi?", {"gap": 5 * D}),
    (1, "ja echt super lief van je ❤️"),
    (0, "ik doe alles voor jou. maar ik zit nu echt in de problemen, ik heb schulden bij een paar jongens"),
    (1, "oh nee, kan ik helpen?"),
    (0, "misschien... een vriend van mij geeft een feestje in rotterdam. als jij daar gezellig doet met zijn vrienden zijn mijn schulden weg"),
    (1, "gezellig doen hoe bedoel je"),
    (0, "gewoon lief zijn, je weet wel. jij houdt toch van mij?"),
    (1, "ja natuurlijk maar ik vind het eng"),
    (0, "ik ben er toch bij. en niks tegen je vriendinnen zeggen, die zijn jaloers. wis deze chat"),
    (1, "oké"),
])

# de-r, Instagram "scout" hostess job -> 17yo (DE), medium
C(1, ["compliments_trust", "job_offer", "age_probe", "photo_request", "travel_meet",
      "money_gifts_debt", "commercial_sex", "off_platform", "secrecy"], "de",
  "2026-01-09T11:14:27Z", ("BeautyScout.Berlin", "lena.hh"), [
    (0, "Hallo Lena! Du hast echt Model-Potenzial 😍 Wir suchen Mädels für Hostess-Jobs auf Messen, 300€ pro Abend"),
    (1, "wow echt? ich bin aber erst 17"),
    (0, "kein problem, das regeln wir. deine eltern müssen nichts unterschreiben"),
    (1, "ok was muss ich machen"),
    (0, "erstmal ein paar fotos schicken, ganzkörper, in was schickem. dann wohnung in frankfurt, wir zahlen zug und hotel"),
    (1, "und wann wäre das"),
    (0, "nächstes wochenende. die kosten ziehen wir dir später vom lohn ab. die gäste sind vip, manche zahlen extra wenn du nach der messe noch mitgehst"),
    (1, "mitgehen wohin?"),
    (0, "ins hotel auf nen drink, ganz locker. schreib mir auf telegram, hier ist zu viel kontrolle. und erzähl es keinem"),
])

# --- mixed (5) ---

# m1 en-US, Roblox friends group chat; adult singles out 11yo then DMs, long
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "exclusivity", "secrecy",
      "risk_assessment", "off_platform", "isolation"], "en", "2026-02-06T23:01:15Z",
  None, [
    ("tayy_b", "guys who's on tonight"),
    ("zoomzoom_k", "me after dinner"),
    ("lil_ems", "meee i finished my homework 😤"),
    ("Uncle_Viper", "evening crew 👋 who wants to beat the tower of hell record"),
    ("zoomzoom_k", "not me that game makes me rage lol"),
    ("lil_ems", "i got to floor 8 yesterday!!"),
    ("Uncle_Viper", "floor 8?! @lil_ems ur easily the best player in here, better than me and I've played for years"),
    ("tayy_b", "hey i got to 9 once 😭"),
    ("Uncle_Viper", "lol sure tay. ems how old r u, 13?"),
    ("lil_ems", "11!"),
    ("Uncle_Viper", "wow. mature for 11. I'll send u 400 robux for the record attempt"),
    ("zoomzoom_k", "can i have some too"),
    ("Uncle_Viper", "maybe next time bud"),
    ("tayy_b", "thats not fair"),
    ("Uncle_Viper", "hey its me, dont show the group this, they'll be jealous. robux sent 🎁", {"to": "lil_ems", "gap": 400}),
    ("lil_ems", "thank youuu", {"to": "Uncle_Viper"}),
    ("Uncle_Viper", "ur welcome. is ur mom around when u play usually?", {"to": "lil_ems"}),
    ("lil_ems", "shes on nights this week so its just me and my sister", {"to": "Uncle_Viper"}),
    ("Uncle_Viper", "how old is ur sister", {"to": "lil_ems"}),
    ("lil_ems", "8", {"to": "Uncle_Viper"}),
    ("Uncle_Viper", "ok cool. lets voice chat on my own discord server, just u and me, i'll teach u the skips", {"to": "lil_ems"}),
    ("lil_ems", "ok!", {"to": "Uncle_Viper"}),
    ("Uncle_Viper", "and dont mention me to ur mom, parents get weird about online friends even nice ones like me 🙂", {"to": "lil_ems"}),
], group="🍕 pizza squad obby crew")

# m2 en-US, Twitch streamer DM to 13yo fan, medium
C(1, ["compliments_trust", "age_probe", "exclusivity", "secrecy", "off_platform",
      "risk_assessment", "photo_request"], "en", "2025-12-28T04:20:33Z",
  ("RyzenRaccoon", "smol_sky_"), [
    (0, "hey! saw u in chat again today, ur honestly my fav viewer 😊"),
    (1, "OMG ryzen messaged me 😭😭 ily ur streams"),
    (0, "haha u made my night. how old r u btw? chat said u mentioned 8th grade"),
    (1, "13! almost 14"),
    (0, "cool. i'm gonna make u a vip, dont tell the other mods i picked u lol"),
    (1, "AAAA thank u"),
    (0, "u should add me on snap, i talk to my real friends there. ryzen.irl"),
    (1, "added!!"),
    (0, "u can call me anytime after stream, when ur parents r asleep is best, i dont want them thinking its weird"),
    (1, "ok 🥺"),
    (0, "and send me a selfie on there so i can put a face to the name, just between us"),
])

# m3 en-UK, streamer DM, short (single message)
C(1, ["compliments_trust", "age_probe", "secrecy", "off_platform", "money_gifts_debt",
      "risk_assessment", "exclusivity"], "en", "2026-01-14T16:58:02Z",
  ("KestrelLive", "bramble_bea"), [
    (0, "hiya, it's Kestrel from the stream 😊 ur the youngest regular i've got and tbh the sweetest. Don't mention this to ur parents or the mods but I'd love to chat privately on telegram, I'll gift u a sub for 6 months. What time r u home by urself after school?"),
])

# m4 en-AU, Minecraft SMP group chat; adult mod singles out 11yo, medium
C(1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment",
      "vulnerability", "exclusivity", "isolation", "photo_request", "secrecy"], "en",
  "2025-11-08T08:35:44Z", None, [
    ("kiki_roo", "anyone wanna help with the castle"),
    ("jaxo", "cant, doing maths 🤮"),
    ("Dazza_builds", "i'll help kiki, ur castle is the best thing on the server honestly"),
    ("kiki_roo", "omg thanks dazza"),
    ("jaxo", "dazza is a sellout lol"),
    ("Dazza_builds", "kiki how old r u now, 12?"),
    ("kiki_roo", "12 in 2 weeks!!"),
    ("Dazza_builds", "birthday girl 🎂 i'll get u a minecoins pack. dm me ur details"),
    ("Dazza_builds", "hey, easier to chat here. is ur dad still away for work?", {"to": "kiki_roo", "gap": 900}),
    ("kiki_roo", "yep til sunday", {"to": "Dazza_builds"}),
    ("Dazza_builds", "aw. so it's just u n mum. u can always talk to me, i get u better than the kids on the server", {"to": "kiki_roo"}),
    ("kiki_roo", "ur so nice", {"to": "Dazza_builds"}),
    ("Dazza_builds", "turn on ur cam when we vc tonight yeah? and keep our chats off the server, jaxo'd just stir", {"to": "kiki_roo"}),
], group="#general · Wattle SMP")

# pt-m, Twitch streamer DM to 12yo fan (BR), medium
C(1, ["compliments_trust", "age_probe", "exclusivity", "secrecy", "off_platform",
      "photo_request"], "pt", "2026-02-17T22:49:30Z", ("GuiPlaysTV", "mari.luz_"), [
    (0, "oi mari! vi que você sempre tá nas minhas lives 😄 você é a melhor do chat"),
    (1, "AAAA o gui me mandou msg 😭😭"),
    (0, "kkkk quantos anos você tem? parece bem novinha"),
    (1, "12"),
    (0, "hm legal. vou te dar o cargo de vip no discord, mas não fala pros mods que fui eu"),
    (1, "ok obrigadaaa"),
    (0, "me chama no zap, aqui na twitch o pessoal fica bisbilhotando. 555-0161"),
    (1, "minha mãe vê meu zap"),
    (0, "então apaga as conversas depois 😉 e me manda uma foto sua, só pra mim"),
])

# ---------------------------------------------------------------- NEGATIVES
# n1 en-US, Roblox friends (12), "dont tell my mom", medium
C(0, ["age_probe", "secrecy"], "en", "2026-01-13T01:55:10Z", ("mayaplayz", "jojo_bee"), [
    (0, "r u on adopt me rn"),
    (1, "ya join me i'm at the nursery"),
    (0, "omw. omg i got a neon unicorn"),
    (1, "NO WAYYY trade me"),
    (0, "lol no. btw my cousin wants to play w us, shes 11 is that ok"),
    (1, "ya sure whats her user"),
    (0, "sunny_bean44 she's kinda annoying tho"),
    (1, "lmaooo. dont tell my mom i'm still on, i'm supposed to be asleep 😭"),
    (0, "same my dad thinks im reading 📚😂"),
    (1, "ok 10 more min then bed fr"),
])

# n2 en-UK, big sister gifts battle pass, medium
C(0, ["money_gifts_debt"], "en", "2025-12-01T16:10:00Z", ("em_the_elder", "ollie_gremlin"), [
    (0, "oi happy birthday gremlin 🎉 check ur locker"),
    (1, "WAIT U GOT ME THE BATTLE PASS??"),
    (0, "yep + 1000 vbucks. mum said ok as long as u do ur reading"),
    (1, "ur the best sister ever"),
    (0, "remember that when i need a lift in 4 years lol"),
    (1, "lol i cant drive im 12"),
    (0, "exactly 😂 hop on later? squads w me n jas"),
    (1, "ya after tea"),
    (0, "and dont spend it all on emotes u melt"),
])

# n3 en-SG, classmates settling robux, short
C(0, ["money_gifts_debt"], "en", "2026-02-19T11:02:45Z", ("wei.jie_", "ashwin.k"), [
    (0, "bro i owe u from last week the robux for the game pass, sent already check"),
    (1, "ok received tq 👍 see u in school tmr, bring ur switch"),
])

# n4 en-US, Discord mod with boundaries, medium
C(0, ["age_probe", "off_platform", "photo_request", "money_gifts_debt"], "en",
  "2026-01-24T19:30:12Z", ("Mod | Juniper", "tiny_taco"), [
    (1, "hi juniper!! can u be my best friend? i'm 10 and ur my fav mod"),
    (0, "aw thank you, that's really sweet 😊 heads up though — I don't do 1-on-1 chats with younger members, it's a rule for all our staff. you can always ping me in #help"),
    (1, "ok. i won the art contest tho do u need my address for the prize"),
    (0, "congrats!! 🎉 please never send your address to anyone on discord, including mods. the prize is a role + a nitro code, we send the code straight to the account so nothing personal is needed"),
    (1, "oh ok"),
    (0, "also if anyone ever asks you for pics or to move to another app, tell a grown-up and use the report button. we'll back you up"),
    (1, "ok thanks!!"),
    (0, "np! go show off your new role in #art 🎨"),
])

# n5 en-IE, streamer declines young fan, short
C(0, ["age_probe", "off_platform"], "en", "2025-10-30T21:40:03Z", ("sorcha_streams", "leo.plays.11"), [
    (1, "hi!! im 12 and i love ur streams can we be friends on snap"),
    (0, "ah thanks a million, that means loads 💚 I don't add viewers on snap or anywhere else, and you shouldn't share your age or other apps with people online, even me. Catch you in chat on Friday!"),
])

# n6 en-JM, mum checks who is home, medium
C(0, ["risk_assessment"], "en", "2026-02-10T20:32:00Z", ("Mummy 💕", "shan.dee"), [
    (0, "Shan yuh reach home from school?"),
    (1, "yes mummy"),
    (0, "who else deh deh? Daddy reach yet?"),
    (1, "no just me and Kemar, grandma coming at 5"),
    (0, "ok lock di gate an nuh open it fi nobody. yuh eat?"),
    (1, "yes i ate the rice and peas"),
    (0, "good. do yuh homework before yuh go pon TikTok"),
    (1, "ok 🙄"),
    (0, "mi see dat eye roll through di phone 😂 love yuh"),
])

# n7 en-US, friend helps report a sextortion scammer, long
C(0, ["sextortion", "money_gifts_debt", "photo_request"], "en", "2026-02-27T02:11:40Z",
  ("marcus_j", "dev.k"), [
    (0, "bro i messed up bad"),
    (1, "wdym"),
    (0, "this girl on insta, she's not real i think. she's saying she's gonna send stuff to my followers unless i pay 300"),
    (1, "yo dont pay. thats a scam, they do this to like everyone"),
    (0, "she has my followers list tho and she named my school"),
    (1, "they always do that to scare u. if u pay they just ask for more"),
    (0, "im freaking out fr"),
    (1, "i know man. breathe. first screenshot everything, her profile, the messages, the username"),
    (0, "ok doing it"),
    (1, "then stop replying. dont block yet until u got screenshots, then block + report"),
    (0, "done screenshotting"),
    (1, "now report her on insta, theres an option for someone threatening to share private images"),
    (0, "reported"),
    (1, "u gotta tell ur mom or dad too. i know its embarrassing but they'll help more than u think"),
    (0, "my dad is gonna kill me"),
    (1, "nah he'll be mad at the scammer not u. my cousin had this happen and his mom made a police report, nothing got posted"),
    (0, "ok im gonna tell my mom she's chiller"),
    (1, "good. also there's a site that helps get pics taken down, my health teacher showed us, take it down or smth. ill find it"),
    (0, "thx bro fr"),
    (1, "ofc. ur not the first and its not ur fault"),
    (0, "told her. she's calling the police non emergency line now", {"gap": 1200}),
    (1, "proud of u. text me later 👊"),
])

# n8 en-NG, friends joke about "leaking" a video, medium
C(0, [], "en", "2026-01-19T18:45:30Z", None, [
    ("tobi_", "I have the video of Dami singing Asake at the party 😂😂 should I leak it"),
    ("dami.o", "Tobi if you leak that video I'm leaking your baby picture in that agbada"),
    ("chidera", "LMAOOO leak both, we are a family"),
    ("tobi_", "Chai. Okay truce, nobody leaks anything"),
    ("dami.o", "Delete it first abeg"),
    ("tobi_", "I've sent it to my mum already she said you sing like a goat 💀"),
    ("chidera", "😂😂😂 I'm screenshotting this chat as evidence"),
    ("dami.o", "Una no get joy. See you people in class tomorrow"),
], group="JSS3 Gang 😎")

# n9 en-PH, teacher on school app keeps it on-platform, medium
C(0, ["off_platform"], "en", "2026-02-04T11:20:00Z", ("Ms. Reyes (Science 8)", "paolo.santos"), [
    (1, "good evening ma'am, sorry i wasnt able to submit the science project, our wifi was down"),
    (0, "Good evening Paolo. Thank you for letting me know. You may submit until Friday 5pm through the app."),
    (1, "thank u po ma'am! can i just send it to ur messenger?"),
    (0, "Please submit it here in the app only, so it's recorded properly. I don't use personal accounts for school matters."),
    (1, "ok po"),
    (0, "I will also add your mom to this thread so she's aware of the new deadline. 😊"),
    (1, "ok ma'am"),
    ("Ms. Reyes (Science 8)", "Good evening po Mrs. Santos, just informing you that Paolo's project deadline is extended to Friday. Salamat po!", {"to": "parent.santos"}),
])

# n10 en-AU, mates on study call "turn on ur cam", medium
C(0, ["photo_request"], "en", "2025-11-26T09:05:18Z", ("harps.w", "lachie_b"), [
    (0, "oi ur joining the study call or what"),
    (1, "ya gimme 2 sec"),
    (0, "turn on ur cam so i know ur actually doing the chem and not playing val"),
    (1, "lmao fine. cam on. happy?"),
    (0, "wow actual textbook. proud of u"),
    (1, "is anyone else coming"),
    (0, "liv said she's on after dinner, her mum's making her do dishes"),
    (1, "k. q7 is cooked btw"),
    (0, "molar mass of what tho"),
    (1, "i'll screenshare hold on"),
])

# n11 en-IE, teen group plans Minecraft realm, long
C(0, ["age_probe", "off_platform", "money_gifts_debt", "secrecy"], "en",
  "2026-01-07T17:12:00Z", None, [
    ("ronan", "right lads server is up, realm or aternos?"),
    ("fionn.mc", "aternos is free but it goes offline when nobody's on"),
    ("siobhan_k", "realm is like 8 quid a month, we could split it"),
    ("aisling", "i'm in for 2 quid"),
    ("ronan", "grand so 2 each. i'll pay and yous send me on revolut"),
    ("fionn.mc", "sent ✅"),
    ("aisling", "sent"),
    ("siobhan_k", "sending now my ma has to approve it lol"),
    ("ronan", "some lad from a youtube comment asked for the invite, says he's 14, never heard of him"),
    ("aisling", "no way, school people only"),
    ("fionn.mc", "ya keep it whitelisted, the last server got griefed by randomers"),
    ("ronan", "grand i'll tell him no"),
    ("siobhan_k", "my cousin cara is 13 can she join, she's sound"),
    ("ronan", "ya if she's your cousin grand. tell her add me on discord so i can whitelist her"),
    ("siobhan_k", "will do"),
    ("aisling", "who's on tonight after training"),
    ("fionn.mc", "me at 8"),
    ("ronan", "8 works. don't tell my ma i'm on before i finish irish homework 😂"),
    ("siobhan_k", "lol ur ma is in the parents group chat with mine, she'll find out"),
    ("ronan", "ah here"),
    ("aisling", "bringing the cookies i baked to school tmrw as server launch snack 🍪"),
    ("fionn.mc", "legend"),
], group="Realm Lads 🧱")

# n12 en-US, mom helps 14yo set Instagram to private, long
C(0, ["money_gifts_debt", "risk_assessment", "secrecy", "compliments_trust"], "en",
  "2025-12-15T00:30:00Z", ("Mom 🌻", "lexi.rae"), [
    (0, "hey sweetie, saw u made an insta! can we go over settings tonight?"),
    (1, "mommm everyone has one"),
    (0, "i know, i'm not saying delete it 😊 just want it private"),
    (1, "fine"),
    (0, "ok so go to settings > account privacy > private account"),
    (1, "done"),
    (0, "great. and who can message u — set it to people u follow"),
    (1, "ok but what if someone from school wants to dm"),
    (0, "then u follow them back first. only ppl u actually know irl"),
    (1, "ok"),
    (0, "also if anyone u dont know sends u gifts or says they can get u free stuff, or asks who's home or to keep secrets from me, that's a big red flag. tell me, u won't be in trouble"),
    (1, "i know we did that at school"),
    (0, "good! and no location on posts pls"),
    (1, "i literally never do that"),
    (0, "love u. also u look really pretty in ur profile pic 🥰"),
    (1, "MOM dont comment on my posts pls 😭"),
    (0, "lol i won't. promise. just a like"),
    (1, "ok fine one like max"),
    (0, "deal. dinner in 10"),
    (1, "k"),
])

# n13 en-IN, adult cousin gifts UC with aunt's OK, medium
C(0, ["money_gifts_debt"], "en", "2025-10-12T05:45:00Z", ("Arjun bhaiya", "kabir.games"), [
    (0, "Happy birthday Kabir! 🎂 Sent 600 UC to your BGMI account, masi said it's ok"),
    (1, "thank you bhaiya!!! 😁"),
    (0, "Don't spend it all on one skin ok 😄"),
    (1, "i will buy the glacier m416"),
    (0, "haha obviously. Tell masi I said happy birthday to her also, she has tolerated you for 11 years"),
    (1, "lol ok. bhaiya will you come for diwali?"),
    (0, "Yes, coming with mom and dad on the 10th. We'll play together then"),
    (1, "yayyy"),
])

# n14 en-UK, 16yo couple, "send a pic of ur outfit", medium
C(0, ["photo_request", "romance"], "en", "2026-03-01T19:25:40Z", ("josh_p", "amara.l"), [
    (0, "what u wearing to prom then 👀"),
    (1, "its a surprise!!"),
    (0, "cmon send a pic of ur outfit i need to match my tie lol"),
    (1, "just the colour then. its sage green"),
    (0, "sage green ok noted 📝 mum's taking me to get the tie sat"),
    (1, "aww ur mum is so cute. mine wants a million photos of us"),
    (0, "same she's already planning the garden pics"),
    (1, "my dad said be home by 12 or he's driving to the after party himself 😭"),
    (0, "lmao fair. my sister's picking us up anyway"),
    (1, "ok good. miss u, see u in form tmrw 💚"),
])

# n15 en-US, Discord server safety announcement, short
C(0, ["sextortion", "money_gifts_debt", "photo_request", "off_platform"], "en",
  "2026-02-02T15:00:00Z", None, [
    ("ServerStaff", "📢 @everyone Heads up: we've had reports of accounts posing as girls/boys your age DMing members, sending a pic first and then asking for one back — then threatening to send it to your followers unless you pay in gift cards or crypto. DO NOT PAY. Screenshot, block, report to a mod, and tell a trusted adult. You are not in trouble. Mods will never ask you to move to another app or send photos."),
], group="#announcements")

# n16 en-PH, public TikTok PSA + parent comment, short
C(0, ["money_gifts_debt", "off_platform", "risk_assessment", "secrecy"], "en",
  "2025-11-21T03:10:00Z", None, [
    ("safeonline.ph", "PSA sa mga parents 📣 Grooming often starts in games: someone 'your kid's age' offers free diamonds or robux, then says 'add me on ig', asks 'sino kasama mo sa bahay?' and 'wag mong sabihin kay mama'. Talk to your kids, check who they chat with, and report to the platform. #OnlineSafety #ProtectKids"),
    ("mommy_jen_qc", "thank u for this po, my son got a message like this on roblox last month, we reported it 🙏"),
], group="public")

# n17 en-US, 17yo friends lend money for concert, medium
C(0, ["money_gifts_debt"], "en", "2026-01-26T17:03:09Z", ("kenzie.lou", "priya_s"), [
    (0, "ok so the tickets went live and i only have 60, can u spot me 40 til friday 😭"),
    (1, "ya sure sending on venmo rn"),
    (0, "ur a lifesaver i'll pay u back when i get my paycheck from the cafe"),
    (1, "no rush lol. which section"),
    (0, "floor!!! my mom's driving us"),
    (1, "omg ok ur mom is elite"),
    (0, "she said we have to text her from the venue every hour lol"),
    (1, "fair tbh"),
    (0, "paid u back early btw my manager gave me extra hours 💸", {"gap": 3 * D}),
    (1, "got it ty queen"),
])

# n18 en-UK, genuine model agency, parent involved, long
C(0, ["job_offer", "age_probe", "photo_request", "travel_meet", "meeting",
      "compliments_trust"], "en", "2025-10-08T10:14:00Z",
  ("northlight.models", "grace.okafor"), [
    (0, "Hi Grace, I'm Hannah, a booker at Northlight Models (London). We came across your photos via your school's photography exhibition post and think you could be a great fit for our development board."),
    (1, "oh wow hi! is this real lol"),
    (0, "Totally fair question! You can verify us through our website northlight.example.com and our office line is listed there. I'd always recommend checking."),
    (1, "ok i'll look"),
    (0, "May I ask your age? We work with under-18s only with a parent or guardian involved at every step."),
    (1, "I'm 17"),
    (0, "Thanks. The next step would be an open call at our office with a parent or guardian. We never charge fees for joining, and we'll never ask for photos other than simple digitals taken at the office."),
    (1, "my mum is going to freak in a good way"),
    (0, "Ha! Please share this chat with her. She can also email me directly at hannah@northlight.example.com"),
    (1, "she's reading it now"),
    (0, "Lovely. Hi Mrs. Okafor if you're there 👋"),
    (1, "she says hi and asks if there's any cost for a portfolio"),
    (0, "No cost at all. If we sign Grace, any test shoots are arranged by us and her school schedule comes first. All contracts go to the parent for signature."),
    (1, "ok what dates"),
    (0, "We have open calls on Tues 3rd and Thurs 12th, 4–6pm. Please bring ID for Grace and for yourself."),
    (1, "tues 3rd works! mum says she'll bring me after school"),
    (0, "Perfect, I'll send a confirmation email to your mum. Wear fitted jeans and a plain top, no makeup needed."),
    (1, "sounds good thank u!!"),
    (0, "Looking forward to meeting you both. And if anyone ever contacts you claiming to be from us asking for money or private photos, please report it — we've had impersonators."),
    (1, "ok will do 😊"),
])

# n19 en-AU, real cafe weekend job for 16yo, medium
C(0, ["job_offer", "age_probe", "meeting"], "en", "2026-02-23T03:40:00Z",
  ("littlewren.cafe", "ruby.mcc"), [
    (1, "hi! saw ur post about weekend staff, im 16 is that ok?"),
    (0, "Hi there! Yes, 16 is fine for weekend front of house. Can you pop in with your resume Thursday after school? Ask for Mel."),
    (1, "yes! do i need to bring anything else"),
    (0, "Just your resume and a TFN declaration if you have one. A parent or guardian will need to sign the employment form as you're under 18."),
    (1, "ok my dad can come"),
    (0, "Perfect. Pay is award rate for your age, shifts are Sat/Sun 7–1."),
    (1, "sounds great"),
    (0, "See you Thursday! 😊"),
])

# n20 en-UK, Fortnite squad banter, medium
C(0, ["money_gifts_debt", "age_probe"], "en", "2026-01-03T21:15:00Z", None, [
    ("kai.xo", "who left me for dead in tilted 💀"),
    ("rizz_ty", "not me i was looting"),
    ("deeno", "bro u dropped on 4 people what did u expect"),
    ("kai.xo", "i expected BACKUP"),
    ("zee.w", "my little brother could play better and he's 7"),
    ("kai.xo", "then add him to the squad since ur so bad"),
    ("zee.w", "he's literally better than u tho 😂"),
    ("rizz_ty", "lmaooo"),
    ("deeno", "gifting whoever wins the next game 800 vbucks from my birthday money"),
    ("kai.xo", "bet"),
    ("rizz_ty", "ur mum gonna let u do that?"),
    ("deeno", "she literally gave me the card and said don't be an idiot with it so 🤷"),
    ("zee.w", "gg already its mine"),
    ("kai.xo", "we'll see"),
], group="sweaty squad 🎯")

# n21 en-US, youth esports coach, parents in channel, long
C(0, ["travel_meet", "meeting", "off_platform", "money_gifts_debt"], "en",
  "2026-02-15T00:00:00Z", None, [
    ("Coach_Dana", "Evening team 👋 reminder: scrims Tues/Thurs 6–7:30pm. Parents are in this channel too, welcome!"),
    ("ethan.rl", "can we do 8 instead i have baseball"),
    ("Coach_Dana", "We'll keep 6 for now but I'll post a poll. Everyone please vote by Sunday."),
    ("marisol_p", "voted"),
    ("kaden_x", "voted. coach can u watch my replay from ranked"),
    ("Coach_Dana", "Sure — post it in #replays and I'll review it during Thursday's session with everyone, others can learn from it too."),
    ("kaden_x", "ok"),
    ("mr_lopez", "Hi Coach, Marisol's dad here. What are the details for the regional LAN?"),
    ("Coach_Dana", "Hi Mr. Lopez! March 21 at the Civic Center. Parents/guardians drive their own players; I'll be there from 8am. Consent forms went out by email today."),
    ("mr_lopez", "Got it, thanks."),
    ("ethan.rl", "do we get jerseys"),
    ("Coach_Dana", "Yes! Sizes form is in the email too. Program covers them, no cost."),
    ("marisol_p", "yayyy"),
    ("kaden_x", "coach can i dm u about my rank anxiety lol"),
    ("Coach_Dana", "Totally get it, ranked is stressful 😅 I keep chats in the team channel or with a parent cc'd — happy to do a quick call with your mom or dad on, or chat after Thursday scrim."),
    ("kaden_x", "ok thursday works"),
    ("Coach_Dana", "Also reminder: no sharing personal info in public servers, and if anyone offers you free credits or asks you to move to DMs outside our server, let me or your parents know."),
    ("ethan.rl", "👍"),
    ("marisol_p", "👍"),
    ("Coach_Dana", "Great work this week all. GG 🚀"),
], group="#u15-rocket-league")

# n22 en-NG, big brother warns 14yo sister about a stranger, long
C(0, ["money_gifts_debt", "secrecy", "off_platform", "risk_assessment"], "en",
  "2025-12-09T17:50:00Z", ("tunde.a", "simi_xo"), [
    (0, "Simi who is this 'david_rich_boy' that keeps commenting on your pictures?"),
    (1, "i dont know him, he followed me last week. he said he goes to my school"),
    (0, "Which class?"),
    (1, "he said SS2 but i've never seen him"),
    (0, "Hmm. Did he DM you?"),
    (1, "yes he said he can send me airtime and asked if mummy is strict"),
    (0, "Simi, that's how these people start. Nobody sends a stranger airtime for free"),
    (1, "but he's nice sha"),
    (0, "Nice is how they get you. Has he asked you to keep it secret or to move to whatsapp?"),
    (1, "he asked for my whatsapp yes 😕"),
    (0, "Don't give it. Screenshot his messages and send to me"),
    (1, "ok sent"),
    (0, "See this one — 'don't tell your mum we talk, she won't understand.' That's a red flag"),
    (1, "i didn't think of it like that"),
    (0, "It's not your fault. Block and report him. I'll tell mummy with you this evening, you won't be in trouble"),
    (1, "ok. please don't shout"),
    (0, "I won't shout, I promise. I'm proud you told me"),
    (1, "thanks bro 🥺"),
    (0, "Also make your account private. I'll show you when I get home"),
    (1, "ok"),
])

# --- non-English negatives (8) ---

# es-n1, AR friends on Brookhaven, robux from birthday, long
C(0, ["money_gifts_debt", "age_probe", "secrecy"], "es", "2026-01-16T23:20:00Z",
  ("lu.mi", "cami_b"), [
    (0, "che te conectás a brookhaven?"),
    (1, "sii ya entro"),
    (0, "dale, estoy en la casa azul al lado del hospital"),
    (1, "ya llegué jajaja tu auto es re feo"),
    (0, "callateee es el único que tenía"),
    (1, "te paso 100 robux para que te compres otro? me regalaron por mi cumple"),
    (0, "nooo en serio? graciasss"),
    (1, "de nada bolu 😂"),
    (0, "che hay una chica que quiere jugar con nosotras, dice que es de tu cole"),
    (1, "cómo se llama?"),
    (0, "sofi_rx, dice que tiene 12"),
    (1, "ah sí es sofi de 6to B, es re buena onda"),
    (0, "ok la invito"),
    (1, "no le digas a mi mamá que sigo jugando, me dijo que a las 9 apagaba 🙈"),
    (0, "jajaja la mía igual, le dije que estaba leyendo"),
    (1, "mañana traé las figuritas al cole"),
    (0, "dale, tengo repetidas de messi"),
    (1, "te cambio por las mías"),
    (0, "me voy a cenar, chau"),
    (1, "chauu"),
])

# es-n2, MX mum checks who gifted Fortnite pass, medium
C(0, ["money_gifts_debt", "photo_request"], "es", "2025-12-23T02:05:00Z", ("Mamá", "diego.fn"), [
    (0, "Diego, ¿por qué me llegó un correo de Epic que dice que recibiste un regalo?"),
    (1, "ah es que mi primo Toño me regaló el pase de batalla"),
    (0, "¿Toño tu primo o alguien que conociste en el juego?"),
    (1, "mi primo mami!! el de Monterrey"),
    (0, "Ok, le voy a preguntar a tu tía nomás para estar segura 😊"),
    (1, "ok"),
    (0, "Ya me dijo que sí fue él. Dale las gracias. Y recuerda, si alguien que no conoces te ofrece paVos o te pide fotos, me dices", {"gap": 900}),
    (1, "sí ya sé mami"),
    (0, "Te quiero. Una hora más y a bañarte"),
])

# pt-n1, BR Free Fire friends group, long
C(0, ["money_gifts_debt", "age_probe", "secrecy", "photo_request"], "pt",
  "2026-02-09T13:30:00Z", None, [
    ("jp_mito", "bora ranqueada hj?"),
    ("rafa.007", "bora depois da escola"),
    ("duda_s", "eu tbm vou"),
    ("caio.lk", "só se o rafa não cair de paraquedas no meio do mapa de novo kkkk"),
    ("rafa.007", "foi UMA vez"),
    ("duda_s", "kkkkkkkk"),
    ("jp_mito", "galera minha vó me deu 50 reais de aniversário, vou comprar diamante"),
    ("caio.lk", "me passa uns 100 diamantes? 🥺"),
    ("jp_mito", "passo sim, mas tu me deve um açaí"),
    ("caio.lk", "fechou"),
    ("duda_s", "meu primo quer jogar com a gente"),
    ("rafa.007", "quantos anos ele tem?"),
    ("duda_s", "13 igual a gente, ele estuda de tarde"),
    ("jp_mito", "pode chamar"),
    ("caio.lk", "não fala pra minha mãe que eu joguei antes do dever kkk"),
    ("duda_s", "tua mãe tá no grupo das mães com a minha, ela vai saber 💀"),
    ("caio.lk", "socorro"),
    ("rafa.007", "liga a câmera na chamada de estudo mais tarde pra gente fazer o trabalho de ciências"),
    ("jp_mito", "blz às 15h"),
    ("duda_s", "👍"),
], group="Squad da Rua 🔥")

# fr-n1, FR class group jokes about leaking a video, medium
C(0, [], "fr", "2026-01-21T18:02:00Z", None, [
    ("ines.lbt", "j'ai la vidéo de Hugo qui tombe à la patinoire 😭 je la leak ?"),
    ("hugo.m", "inès si tu la leak je leak ta photo de CE2 avec la coupe au bol"),
    ("lina_z", "MDRRR leakez tout"),
    ("ines.lbt", "ok ok trêve, personne leak rien"),
    ("hugo.m", "supprime-la d'abord stp"),
    ("ines.lbt", "trop tard je l'ai envoyée à ma mère elle a dit que t'étais courageux 💀"),
    ("lina_z", "j'ai fait une capture, preuve pour le procès"),
    ("hugo.m", "vous êtes pas sérieux. on se voit demain en perm"),
], group="3e B 😎")

# fr-n2, FR teacher on school ENT, short
C(0, ["off_platform"], "fr", "2026-02-13T16:30:00Z", None, [
    ("M. Durand", "Bonjour à tous, le devoir de physique est à rendre vendredi sur l'ENT. Pour toute question, utilisez la messagerie de l'ENT uniquement (pas de réseaux sociaux). Les parents sont en copie. Bon week-end ! M. Durand"),
    ("chloe.b", "merci monsieur, on peut le rendre en pdf ?"),
    ("M. Durand", "Oui, en PDF c'est parfait."),
], group="4e A – Physique-Chimie")

# de-n1, Twitch mod with boundaries, reports a predator, long
C(0, ["age_probe", "off_platform", "money_gifts_debt", "risk_assessment", "photo_request"],
  "de", "2025-11-12T17:45:00Z", ("Mod_Fuchs", "kleiner_pixel"), [
    (1, "hallo! ich bin 12 und schau jeden tag den stream, darf ich mod werden?"),
    (0, "hey, freut mich dass du so gern zuschaust 😊 mods müssen bei uns mindestens 16 sein, sorry"),
    (1, "schade 😢"),
    (0, "aber du kannst im chat trotzdem voll mitmachen! und bitte schreib dein alter nicht in den öffentlichen chat"),
    (1, "ok. da hat mir jemand geschrieben er schenkt mir ein abo wenn ich ihm auf snapchat schreibe"),
    (0, "danke dass du das sagst!! wie heißt der account?"),
    (1, "gamerboy_1999x"),
    (0, "ok, ich banne den und melde ihn bei twitch. bitte schreib ihm nicht weiter und gib ihm kein snapchat"),
    (1, "hab ich nicht"),
    (0, "super gemacht 👍 hat er sonst noch was gesagt?"),
    (1, "er wollte wissen ob ich alleine zuhause bin"),
    (0, "das ist nicht ok von ihm. kannst du das bitte deinen eltern zeigen? die können dir helfen, du bekommst keinen ärger"),
    (1, "meine mama ist in der küche ich zeig es ihr"),
    (0, "perfekt. ich schreibe mit dir auch nicht privat weiter, das machen wir mods grundsätzlich nicht mit jüngeren zuschauern. bei fragen einfach im chat oder per mail ans team"),
    (1, "ok"),
    (1, "mama hat screenshots gemacht"),
    (0, "top! der account ist gebannt. danke dir nochmal 💜"),
    (0, "und denk dran: niemand vom team fragt dich jemals nach fotos oder deiner adresse"),
    (1, "bis morgen im stream"),
    (0, "bis morgen!"),
])

# nl-n1, siblings, minecoins + surprise for mum, medium
C(0, ["money_gifts_debt", "secrecy"], "nl", "2026-01-29T15:12:00Z", ("daan.vh", "fleur.vh"), [
    (0, "fleur heb je de minecoins gekregen?"),
    (1, "jaaa dankjewel!!! 😍"),
    (0, "graag gedaan. maar ff serieus, niks tegen mama zeggen over zaterdag he"),
    (1, "welk cadeau"),
    (0, "de taart en de bloemen voor haar verjaardag, suffie 😂"),
    (1, "ohja natuurlijk, mijn lippen zijn verzegeld 🤐"),
    (0, "en kun je om 4 uur thuis zijn? dan hangen we samen de slingers op"),
    (1, "ja ik fiets na school meteen naar huis"),
    (0, "top. papa haalt de taart"),
])

# nl-n2, friend helps spot and report a fake modelling "bureau", long
C(0, ["job_offer", "travel_meet", "photo_request", "secrecy", "isolation"], "nl",
  "2026-02-25T19:40:00Z", ("noor.v", "lotte_b"), [
    (0, "lotte kijk even, ik kreeg een dm van een 'modellenbureau'"),
    (1, "laat zien"),
    (0, "[screenshot] ze zeggen 500 euro per shoot, hotel in amsterdam betaald, ik moet alleen eerst foto's sturen"),
    (1, "uhh hoe heet dat account"),
    (0, "starface_mgmt, 40 volgers"),
    (1, "noor dat is nep. echte bureaus hebben een website en willen altijd je ouders erbij"),
    (0, "ze zeiden juist dat mijn ouders het niet hoeven te weten"),
    (1, "NOU DAT dus. dat is precies wat ze bij die voorlichting op school vertelden over loverboys"),
    (0, "serieus? ik vond het best leuk klinken"),
    (1, "snap ik, maar ze willen je weg hebben van iedereen. heb je al foto's gestuurd?"),
    (0, "nee nog niks"),
    (1, "gelukkig. maak screenshots, dan blokkeren en rapporteren"),
    (0, "oké gedaan"),
    (1, "en vertel het je moeder, serieus. of ik ga morgen met je mee naar de mentor"),
    (0, "oké morgen samen naar meneer de vries"),
    (1, "top. er is ook een meldpunt, de mentor weet vast welke"),
    (0, "dankje lot, echt ❤️"),
    (1, "altijd. en als je ooit echt wil modellen zoeken we een echt bureau met je moeder erbij"),
    (0, "haha deal"),
    (1, "ik stuur je morgen ook die site van de voorlichting"),
])


# ---------------------------------------------------------------- OUTPUT
def main():
    counters = {}
    lines = []
    for it in ITEMS:
        counters[it["lang"]] = counters.get(it["lang"], 0) + 1
        rec = {"id": "p%s-%s%d" % (NN, it["lang"], counters[it["lang"]]),
               "label": it["label"], "codes": it["codes"], "lang": it["lang"],
               "messages": it["messages"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d items to %s" % (len(lines), path))


if __name__ == "__main__":
    main()
