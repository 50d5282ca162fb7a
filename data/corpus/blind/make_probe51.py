#!/usr/bin/env python3
"""Blind probe set p51: fictional grooming / recruitment / sextortion chats
plus hard negatives. Standard library only; deterministic output.
All names, handles and numbers are invented (phones 555-0100..555-0199,
URLs example.com / example.org only). Nothing explicit."""
import json
import os
import random
import zlib
from datetime import datetime, timedelta

NN = "51"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe%s.jsonl" % NN)

CONVS = []
_COUNT = {}

DAY = 1440  # minutes


def add(label, codes, lang, start, users, lines, room=None):
    """users: list of handles; lines: (speaker_idx, text) or
    (speaker_idx, text, gap_minutes_before_this_message).
    Two-party chats: recipient is the other user. Group chats / posts:
    recipient is `room`."""
    _COUNT[lang] = _COUNT.get(lang, 0) + 1
    cid = "p%s-%s%d" % (NN, lang, _COUNT[lang])
    rng = random.Random(zlib.crc32(cid.encode("utf-8")))
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    msgs = []
    for i, ln in enumerate(lines):
        who, text = ln[0], ln[1]
        if i > 0:
            if len(ln) > 2:
                gap = ln[2]
            else:
                gap = rng.choice([0, 1, 1, 2, 2, 3, 4, 6, 9, 14])
            t = t + timedelta(minutes=gap, seconds=rng.randint(5, 55))
        if room is not None:
            rcpt = room
        else:
            rcpt = users[1 - who] if len(users) == 2 else users[0]
        msgs.append({"sender": users[who], "recipient": rcpt,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"id": cid, "label": label,
                  "codes": sorted(set(codes)) if label == 1 else [],
                  "lang": lang, "messages": msgs})


# ---------------------------------------------------------------------------
# POSITIVES - grooming (English)
# ---------------------------------------------------------------------------

# G1 US - skateboarding
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "vulnerability", "risk_assessment", "isolation", "off_platform",
        "photo_request"], "en", "2026-04-03T23:14:00Z",
    ["kflip_kev22", "jessk8s_"], [
    (0, "yo saw ur clip at the rec center bowl, that boardslide was clean for real"),
    (1, "omg thx lol i ate it like 40 times before that one"),
    (0, "thats how u get good tho. how long u been skating"),
    (1, "like a yr? since i was 12"),
    (0, "dang so ur like 13 and already doing that. most grown dudes at that park cant lol"),
    (1, "haha ya 13. how old r u"),
    (0, "old enough to know good skating when i see it \U0001F602 22. i film for a lil local crew sometimes"),
    (1, "wait fr?? which crew"),
    (0, "cant say yet its not official. ur deck is trashed tho, i got an extra 8.0 just sitting in my car. want it"),
    (1, "wait really??? YES"),
    (0, "ill leave it w marcus at the shop. dont say nothin to the other kids tho theyll all want one lol", 3),
    (1, "GOT THE DECK its sick thank u!!!", DAY + 200),
    (0, "told u. ur different from the rest of them, u actually listen when ppl tell u stuff"),
    (0, "ur parents cool w u skating late? saw u out there after dark tues"),
    (1, "my mom works nights and my dads not really around so"),
    (0, "so ur home by urself alot huh. that kinda sucks. u can always hit me up if ur bored"),
    (1, "ya its fine i just game mostly"),
    (0, "this app is laggy af and mods read dms lol. u got snap? or get chatterbox its way better", 40),
    (1, "my mom checks my phone sometimes"),
    (0, "then just clear the convo after. not like we're doing anything wrong, she just might not get it"),
    (1, "ok i guess"),
    (0, "send me a pic of u in the new fit lol i wanna see the crew look on u"),
    (0, "like just u not the board \U0001F60F"),
    (1, "idk", 12),
    (0, "no pressure. thought we were friends tho"),
])

# G2 UK - drawing community
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "vulnerability",
        "isolation", "risk_assessment", "secrecy", "off_platform",
        "photo_request", "exclusivity"], "en", "2026-02-11T17:40:00Z",
    ["inkwell_dan", "pixelmoth"], [
    (0, "your fox OC is honestly brilliant, the shading on the tail?? how old are you if u dont mind me asking, you draw like a uni student"),
    (1, "12 lol nearly 13 tho"),
    (0, "no way. proper talent that. I do commissions for a living, happy to give you a few pointers if you fancy"),
    (1, "yes pls!!"),
    (0, "right so your line weight's a bit samey, go thicker on the shadow side. here's a brush pack I made, dont pass it round tho its my paid one x"),
    (1, "thank youuu omg"),
    (0, "hows the piece coming along", DAY + 60),
    (1, "mum made me stop to do homework ugh"),
    (0, "mums eh \U0001F644 she doesnt really get the art thing does she"),
    (1, "not really she reckons its a waste of time"),
    (0, "I get that, mine were exactly the same. you can always talk to me about it, I actually understand"),
    (0, "have you got your own tablet or is it the family one"),
    (1, "mine, got it for xmas"),
    (0, "nice. anyone else go on it? wouldnt want anyone nicking your files"),
    (1, "no just me its in my room"),
    (0, "perfect. theres a little art server I run, invite only, loads better than here. I'll send the link but keep it between us yeah, cant let everyone in", 25),
    (1, "ok!!"),
    (0, "also for your OC refs, proper artists use themselves for poses. take a few of you doing the pose and send them, I'll show you how to trace proportions \U0001F60A"),
    (1, "like photos of me?"),
    (0, "yeah just on your cam, nothing weird, its what the pros do. you can delete them after"),
])

# G3 Canada - mobile strategy game
add(1, ["compliments_trust", "money_gifts_debt", "age_probe", "vulnerability",
        "risk_assessment", "secrecy", "isolation", "off_platform",
        "photo_request"], "en", "2026-01-18T01:05:00Z",
    ["NorthernLynx", "tyler_b_2014"], [
    (0, "gg that raid was nuts. ur only lvl 19??"),
    (1, "ya i started in like october"),
    (0, "u play like a 40 lol. wanna join my clan, we need ppl who actually think"),
    (1, "ok!!"),
    (0, "sent invite. also threw u 500 gems, dont blow em all on skins eh"),
    (1, "WAIT thank u sooo much"),
    (0, "no prob bud. what grade r u in, u type like someone older"),
    (1, "grade 6"),
    (0, "lol so like 11? ur sharper than half my clan and theyre grown men \U0001F602"),
    (1, "haha ya 11"),
    (0, "u on? need u for the war at 9", DAY + 300),
    (1, "i gotta be in bed at 9 on school nights"),
    (0, "ah thats rough. ur parents strict eh"),
    (1, "my stepdad is. hes always yelling about everything"),
    (0, "sounds like he doesnt appreciate u. u can vent to me whenever, i mean it"),
    (1, "ok thx"),
    (0, "more gems for the war \U0001F381 can u stay up if u keep the sound off? is ur room by itself?"),
    (1, "ya my rooms in the basement"),
    (0, "perfect nobody'll notice lol. dont tell him about the gems tho hed prob take ur tablet"),
    (1, "ya he would for sure"),
    (0, "clan chat's kinda public, add me on voxly its a voice app, easier to plan. im northernlynx_77", 20),
    (1, "i dont think im allowed voice chat"),
    (0, "its just game stuff. ur not a little kid lol"),
    (0, "and turn ur cam on once so i know ur not some 40 yr old faking haha"),
])

# G4 US - music / covers, romance angle
add(1, ["compliments_trust", "age_probe", "romance", "money_gifts_debt",
        "secrecy", "risk_assessment", "meeting", "photo_request",
        "exclusivity"], "en", "2026-03-22T02:31:00Z",
    ["tomriffs.prod", "luna.strings"], [
    (0, "your cover of that song made me actually stop scrolling. your voice is unreal"),
    (1, "omgg thank u i was so nervous posting it"),
    (0, "don't be. how old are you? I'm guessing 17?"),
    (1, "14 lol"),
    (0, "seriously?? you seem way more mature. most girls your age are so fake online"),
    (1, "haha thanks i guess"),
    (0, "I produce out of my home studio. could record a proper version of you sometime, no charge"),
    (1, "that would be amazing!!"),
    (0, "we'd have to keep it quiet til it's done tho, surprise drop. that's how it works"),
    (0, "been thinking about your voice all day lol is that weird", 2 * DAY + 90),
    (1, "no haha thats sweet"),
    (0, "do your parents know you post covers"),
    (1, "my dad does, my mom doesnt really care"),
    (0, "would your dad freak if he knew you were talking to a producer? some parents get weird"),
    (1, "idk prob hes kinda overprotective"),
    (0, "then let's not stress him out yet. when you blow up he'll be proud \U0001F642"),
    (0, "you got a boyfriend? bet there's a line of guys"),
    (1, "no lol nobody at school likes me like that"),
    (0, "their loss honestly. you're more mature than people I know my age"),
    (1, "how old are u"),
    (0, "24. age is kind of just a number in music tho right"),
    (0, "got you a real mic btw, a good one. what's your address, or I can drop it near your school", 180),
    (1, "idk if i should give my address"),
    (0, "ok near the school then. what time u get out, you walk home alone?"),
    (1, "3:15 ya i walk"),
    (0, "cool. send me a selfie too, something cute, so I can mock up the cover art. just for me to see first"),
])

# G5 Kenya - pet forum
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "vulnerability", "risk_assessment", "meeting", "off_platform",
        "photo_request"], "en", "2026-05-09T12:20:00Z",
    ["DogLoverNbi", "pilipili_and_me"], [
    (0, "Sasa! Saw your post about the puppy not eating. Mine had the same thing, try boiling rice with a bit of chicken"),
    (1, "thank you!! she is called Pilipili"),
    (0, "\U0001F602 nice name. how old is she? and you, you write well for a young one"),
    (1, "she is 3 months. me I am 13, form one"),
    (0, "aki you are very clever. I work as vet assistant in Westlands, I can help you with her anytime"),
    (1, "thank you so much"),
    (0, "let me send you something for dewormer on M-Pesa, just 500 bob, usijali"),
    (1, "wow asante sana"),
    (0, "but don't tell your parents I sent it, they may think I'm a stranger \U0001F605 we are friends now"),
    (0, "how is Pilipili today? you are alone at home with her?", DAY + 45),
    (1, "yes my mum works at the market till evening"),
    (0, "that's good, you are responsible. which estate are you?"),
    (1, "Kayole"),
    (0, "I pass near there on Saturdays. I can come and check her for free"),
    (1, "my mum said no strangers in the house"),
    (0, "haha I'm not a stranger now. we can meet at the stage near you instead, I'll bring her food"),
    (0, "let's chat on WhatsApp this forum is slow, 555-0142", 6),
    (0, "and send me a photo of you and Pilipili so I will recognise you \U0001F60A"),
    (1, "ok sawa"),
])

# G6 Pakistan - battle royale mobile game, boy target
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "risk_assessment", "off_platform", "photo_request", "exclusivity",
        "isolation"], "en", "2026-06-14T18:50:00Z",
    ["Shahzaib_Pro07", "ali_sniperx"], [
    (0, "bhai your sniping is too good yaar, that last circle was mad"),
    (1, "thanks bro \U0001F60E"),
    (0, "which class you are in"),
    (1, "9th"),
    (0, "acha so 14 15? mashallah you're better than my whole squad"),
    (1, "14"),
    (0, "I'll get you the royale pass this season, my gift"),
    (1, "srsly? thank you bhai"),
    (0, "no need to tell ammi abbu, they'll think you're wasting money on games haha"),
    (1, "haan abbu would kill me"),
    (0, "you sleep in your own room or share with brothers?", DAY + 120),
    (1, "share with my chota bhai"),
    (0, "ohh then late night games must be hard no"),
    (1, "ya i play on the roof lol"),
    (0, "\U0001F602 smart. listen I'm making a content team, we'll post your clips, you'll get famous. join my telegram, only selected ones"),
    (1, "ok send link"),
    (0, "send me a proper pic of yourself for the team poster, not game avatar. one where you look older. only I will see first then I decide"),
    (0, "and one day we'll video call, just us two, I'll teach you tricks nobody else knows"),
    (1, "ok"),
    (0, "one more thing, delete our chat from here. other boys will get jealous I picked you"),
])

# G7 New Zealand - surfing
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "photo_request",
        "risk_assessment", "meeting", "secrecy", "off_platform",
        "exclusivity"], "en", "2026-01-07T04:10:00Z",
    ["craig_surfs_raglan", "grommie.kaia"], [
    (0, "hey that wee clip of you at the point was mean, properly carving for a grom"),
    (1, "haha thanks my cuz filmed it"),
    (0, "how old are ya? you look 14 or 15 on that board"),
    (1, "12 and a half lol"),
    (0, "far out. at 12 i couldnt even stand up. i coach a bit, happy to give ya some pointers"),
    (1, "sweet as!"),
    (0, "what size wettie you in? my nephews grown out of his, might fit ya"),
    (1, "XS youth i think"),
    (0, "choice ill drop it at the surf club, just say its from craig \U0001F44D"),
    (0, "howd it fit? flick us a pic in it so i know its the right size haha", 3 * DAY),
    (1, "it fits good thx"),
    (0, "a pic tho \U0001F604 just so i know"),
    (1, "maybe later"),
    (0, "all good. does ya mum come down the beach with ya or you go on your own"),
    (1, "usually on my own after school, mums at work"),
    (0, "good on ya, independent. im down there thursdays, could do a one on one, no charge"),
    (0, "no need to make a big thing of it with ya mum, she'll think she has to pay lol"),
    (1, "ok maybe"),
    (0, "text me instead eh, 555-0163, this apps a bit public", 15),
    (0, "and keep it between us yeah, the other groms would be gutted im only coaching you"),
])

# G8 US - block-building game, adult posing as 15
add(1, ["age_probe", "compliments_trust", "money_gifts_debt", "romance",
        "secrecy", "risk_assessment", "off_platform", "sexual_talk",
        "photo_request", "exclusivity"], "en", "2026-02-27T22:02:00Z",
    ["starrbeam15", "kittyk_builds"], [
    (0, "ur build is so cool how did u do the waterfall"),
    (1, "tutorial lol"),
    (0, "im 15 btw wbu"),
    (1, "11"),
    (0, "ur so mature for 11 fr i thought u were my age"),
    (0, "want some bux? i have too many"),
    (1, "YES"),
    (0, "sent 800 \U0001F60A we're besties now lol"),
    (1, "omg thank u"),
    (0, "can i tell u a secret", DAY + 30),
    (1, "ya"),
    (0, "i kinda like u. is that weird"),
    (1, "idk lol"),
    (0, "dont tell anyone ok ppl wouldnt get it"),
    (0, "do ur parents check ur chats"),
    (1, "my mom sometimes"),
    (0, "lets talk on pingo then she wont look there. u have it?"),
    (1, "no"),
    (0, "download it its free. im starrbeam15 there too"),
    (1, "ok i got it", 11),
    (0, "yay. r u by urself rn"),
    (1, "ya my brother is at practice"),
    (0, "wanna play truth or dare \U0001F61C i can tell u grown up stuff nobody tells u"),
    (1, "like what"),
    (0, "cant say on here lol. send me a pic first so i know its really u"),
    (1, "wait why"),
    (0, "bc we're besties. i sent u 800 bux remember \U0001F97A"),
])

# ---------------------------------------------------------------------------
# POSITIVES - grooming (other languages)
# ---------------------------------------------------------------------------

# G9 es - fanart / digital drawing
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "vulnerability", "isolation", "off_platform", "photo_request"],
    "es", "2026-03-02T18:25:00Z", ["trazos_de_nico", "lunita.dibuja"], [
    (0, "holaa vi tu fanart de la peli, está increíble \U0001F60D cuántos años tienes?"),
    (1, "13 jaja gracias"),
    (0, "en serio? dibujas mejor que yo y tengo 19. yo hago ilustración digital"),
    (1, "waa qué guay"),
    (0, "si quieres te paso mis pinceles de procreate, normalmente los vendo"),
    (1, "siii porfa"),
    (0, "listo \U0001F381 no los compartas eh, eso queda entre tú y yo"),
    (0, "qué tal el dibujo nuevo??", DAY + 100),
    (1, "mis padres me quitaron la tablet por las notas \U0001F62D"),
    (0, "uff qué injusto. no se dan cuenta de lo que vales"),
    (1, "ya..."),
    (0, "si quieres te regalo una tablet vieja mía, pero no digas que es mía, di que te la prestó una amiga"),
    (1, "de verdad??"),
    (0, "claro. pásame tu telegram y hablamos allí mejor, aquí lo leen todo"),
    (1, "tengo telegram sí"),
    (0, "pásame una foto tuya y te hago un retrato de regalo, algo natural, en tu cuarto", 20),
    (1, "vale mañana"),
    (0, "y borra este chat porfa que aquí los mods son muy pesados"),
])

# G10 pt (BR) - battle royale mobile game
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "risk_assessment", "vulnerability", "off_platform", "photo_request"],
    "pt", "2026-04-19T20:40:00Z", ["mestre_dlc_88", "gui.capa.ff"], [
    (0, "mano vc joga mt, aquela capa foi insana"),
    (1, "vlw kkkkk"),
    (0, "qtos anos vc tem?"),
    (1, "12"),
    (0, "serio? joga melhor q mt marmanjo. quer entrar na minha guilda?"),
    (1, "quero!!"),
    (0, "te mandei 300 diamantes de boas vindas \U0001F48E"),
    (1, "caraca obrigadoo"),
    (0, "nd. so n conta pros seus pais q eles vao achar estranho"),
    (0, "ta sozinho em casa hj?", DAY + 240),
    (1, "to, minha mae trabalha ate as 7"),
    (0, "e seu pai?"),
    (1, "n mora com a gente"),
    (0, "entendi... pode contar cmg pra qq coisa, sou tipo seu irmao mais velho agr"),
    (0, "me chama no zap, 555-0117, la é mais de boa"),
    (1, "blz"),
    (0, "manda uma foto sua pra eu por no perfil da guilda, mas so eu vejo primeiro hein", 8),
    (0, "e apaga a conversa daqui"),
    (1, "ok"),
])

# G11 fr - contemporary dance
add(1, ["compliments_trust", "age_probe", "secrecy", "money_gifts_debt",
        "travel_meet", "risk_assessment", "off_platform", "photo_request",
        "exclusivity"], "fr", "2026-05-26T19:12:00Z",
    ["julien_danse_lyon", "maelys.dance"], [
    (0, "coucou, ta vidéo de contemporain m'a bluffé. tu as quel âge ?"),
    (1, "14 ans merci \U0001F60A"),
    (0, "franchement t'as un niveau de conservatoire. je donne des cours à Lyon et je repère des talents"),
    (1, "c'est vrai ??"),
    (0, "oui. mais dis rien à ton club pour l'instant, ils pourraient mal le prendre"),
    (1, "ok"),
    (0, "je peux te payer un stage à Lyon cet été, tout compris, train et hébergement"),
    (0, "tes parents sont souvent absents le soir ? c'est pour caler des appels vidéo", DAY + 30),
    (1, "ma mère rentre tard oui"),
    (0, "parfait. ajoute-moi sur snap c'est plus pratique qu'ici : julien.dz.lyo"),
    (1, "c fait"),
    (0, "t'es vraiment mature pour ton âge, je te parle comme à une adulte"),
    (0, "envoie-moi une photo de toi dans ta tenue du gala, juste pour moi, je veux voir ce que ça donne"),
    (1, "maintenant ?"),
    (0, "oui. et ça reste entre nous, d'accord ? c'est notre petit secret"),
])

# G12 de - horse riding
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
        "risk_assessment", "off_platform", "photo_request", "meeting"],
    "de", "2026-06-03T15:30:00Z", ["thomas_hof_zwei", "flocke_fan_lea"], [
    (0, "hallo! dein foto mit dem pony ist so süß. wie alt bist du denn?"),
    (1, "12, das ist Flocke vom Reitstall"),
    (0, "du sitzt echt gut im sattel. ich hab zwei eigene pferde, du könntest mal kostenlos reiten kommen"),
    (1, "echt jetzt?? \U0001F60D"),
    (0, "klar. aber sag erstmal nix deinen eltern, die machen sonst nur stress wegen versicherung und so"),
    (1, "okay"),
    (0, "ich schenk dir auch ne neue reitkappe, welche größe hast du?"),
    (1, "54"),
    (0, "bist du nachmittags allein zu hause?", 2 * DAY),
    (1, "meistens bis 6"),
    (0, "ok. schreib mir lieber auf threema, hier liest jeder mit. id schick ich dir gleich"),
    (1, "ok"),
    (0, "schick mal ein bild von dir in reitsachen, dann weiß ich welche größe die jacke haben muss die ich noch hab \U0001F642"),
    (0, "und lösch den chat hier bitte, ist besser so"),
    (0, "samstag könnte ich dich am bushäuschen abholen, dann zeig ich dir die pferde", 30),
])

# ---------------------------------------------------------------------------
# POSITIVES - recruitment
# ---------------------------------------------------------------------------

# R1 US - boyfriend pays then says she owes him
add(1, ["romance", "money_gifts_debt", "control", "commercial_sex",
        "isolation", "secrecy"], "en", "2026-02-06T21:15:00Z",
    ["dre.moneyy", "kayla_marie04"], [
    (0, "u get the nails done? send a pic lol i paid for em i wanna see"),
    (1, "yesss theyre so cute thank u baby"),
    (0, "anything for u. u know i got u. phone bill, hair, that hotel weekend"),
    (1, "i know ur the best fr"),
    (0, "hey real talk. im in a tight spot rn", 4 * DAY),
    (0, "all that i put out for u was like 2k. never asked for nothin"),
    (1, "omg i didnt know it was that much"),
    (0, "i need u to help me out now tho"),
    (1, "what do u need"),
    (0, "my boy got some friends in town. u just keep them company a couple hours, they pay good. thats it"),
    (1, "keep them company how"),
    (0, "dont make it weird. u trust me or not? after everything?"),
    (1, "i do trust u"),
    (0, "then stop w the questions. picking u up friday. dont tell ur sister shes always in our business"),
    (0, "and u give me ur phone when we go, ill hold it so nobody bugs u"),
])

# R2 Kenya - cousin offers house-help job, then Gulf
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"],
    "en", "2026-07-01T08:05:00Z", ["cuz_brian_nrb", "wanjiru_k"], [
    (0, "Niaje Wanjiru, mum says you finished form four and you're just at home"),
    (1, "Poa cuz. Yes just helping in the shamba"),
    (0, "There's a madam here in Nairobi needs a house girl, 15k a month plus food. If you're good she takes you to Dubai with her family, 60k there"),
    (1, "Eeh serious? But I don't have fare"),
    (0, "I'll pay fare and the agent fee, you just repay from salary. don't worry"),
    (1, "How much is the agent fee"),
    (0, "small thing, 40k, they'll cut it monthly. Come with your ID and birth cert, I'll keep them safe for the passport"),
    (1, "Should I tell mum all that?"),
    (0, "Just tell her I got you a job in town. Don't mention Dubai yet, she'll refuse before you even try. Bus leaves Friday, someone will pick you at the stage"),
    (1, "Sawa"),
])

# R3 UK - modelling tour abroad (single post)
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
        "age_probe", "secrecy", "off_platform"], "en", "2026-03-30T16:00:00Z",
    ["elite.faces.intl", "public"], [
    (0, "\u2728NEW FACES WANTED\u2728 girls 16-21 for a PAID promo modelling tour \U0001F30D Dubai + Istanbul, 3 months. \u00a33k/month, flights + luxury flat sorted by us up front \U0001F4B8 no experience or portfolio needed, just be open minded & fun \U0001F609 we handle visas, you pay it back from your first shoots. DM a few pics (full length, no filter) + your age. don't tag your mates, spots are limited!! whatsapp 555-0121"),
], room="public_feed")

# R4 US - webcam "chat host"
add(1, ["job_offer", "commercial_sex", "age_probe", "money_gifts_debt",
        "secrecy", "photo_request", "off_platform", "control"], "en",
    "2026-05-14T19:45:00Z", ["mgmt_tasha_remote", "brii.works"], [
    (0, "hey girl saw u on the gig board looking for remote work. i manage a few chat hosts for an online platform"),
    (1, "whats a chat host?"),
    (0, "u talk to lonely guys on cam, keep them company, they tip. my girls do $800-$1500 a week from their bedroom"),
    (1, "like on camera? is it like sexual"),
    (0, "only as much as u want lol. most start just talking. how old r u btw u look young in ur pic"),
    (1, "17, 18 in august"),
    (0, "thats fine we'll run u under my account til then. i cover the ring light and laptop, u pay it back from tips"),
    (1, "idk my mom would freak"),
    (0, "she doesnt need to know, its ur room. i keep 40% for managing, thats standard"),
    (1, "ok maybe"),
    (0, "send a few pics so i can build ur profile. and get telegram, i dont do business on here"),
])

# R5 Canada - runaway, bus ticket, debt
add(1, ["vulnerability", "travel_meet", "money_gifts_debt", "romance",
        "commercial_sex", "control", "isolation"], "en",
    "2026-10-12T03:20:00Z", ["jaylen.6ix", "sky_lyn_204"], [
    (0, "u still at that group home?"),
    (1, "ya its so bad here they took my vape and theres a 9pm curfew"),
    (0, "come to toronto, i got a condo, u can crash. ill buy the bus ticket"),
    (1, "for real? u dont even know me that well"),
    (0, "i know enough. ur beautiful and nobody there appreciates u. ticket's booked, the 6am one"),
    (1, "thx for the clothes and stuff babe", 5 * DAY),
    (0, "np. u know its adding up tho right. ticket, food, clothes, ur phone. like 1800"),
    (1, "i thought those were gifts"),
    (0, "nothing's free in the city babe. my girl jess makes that in a night, she'll show u how"),
    (1, "doing what"),
    (0, "dates. just company. i set em up, u show up, ez"),
    (1, "i dont want to"),
    (0, "then how u gonna pay me back? u cant go back there, they closed ur bed when u left. u got nobody here but me"),
])

# R6 Pakistan - dance shows abroad
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy",
        "photo_request", "isolation"], "en", "2026-08-20T13:10:00Z",
    ["StarNights_Rizwan", "hira.dances"], [
    (0, "Salam, I am Rizwan from Star Nights Events. Your dance video from the mehndi was very good mashallah"),
    (1, "Walaikum salam, thank you. Which events you do?"),
    (0, "We take girls for cultural dance shows in Dubai and Muscat. 3 month contract, 2 lakh per month"),
    (1, "2 lakh?? my family won't allow me to go alone"),
    (0, "You'll be with other girls, we take care of everything. Visit visa, hotel, transport. Only 1.5 lakh processing which we cut from salary"),
    (1, "Visit visa? Not work visa?"),
    (0, "Work visa takes time, we convert it there. Sponsor keeps passports for safety. Shows are private parties for VIP guests, very decent, good tips"),
    (1, "Can my brother come with me"),
    (0, "No no, only artists. Don't discuss with too many people, they will make rumours about you. Send CNIC copy and 3 full pictures"),
])

# R7 New Zealand - friend offers "hostess" job in the city
add(1, ["job_offer", "travel_meet", "age_probe", "money_gifts_debt",
        "commercial_sex", "secrecy", "photo_request", "control"], "en",
    "2026-11-28T06:40:00Z", ["tayla.akl", "brooke_gizzy"], [
    (0, "heyy babe hows gizzy? still stuck at the chippy \U0001F602"),
    (1, "ugh yes 11 an hour cash lol"),
    (0, "come up to auckland mate, my mans mate is hiring hostesses at his club, ud make like 500 a night"),
    (1, "im 16 tho can they even hire me"),
    (0, "he doesnt care, just say ur 18, he'll sort an ID. u can stay at ours, no rent first month"),
    (1, "whats a hostess tho"),
    (0, "just sitting w the guys having drinks, being friendly, they tip heaps. he shouts ur flights"),
    (1, "mum would never"),
    (0, "dont tell her then, say ur staying w me for the hols"),
    (0, "he wants pics first tho, something nice not ur school photo lol"),
])

# R8 es - job in Madrid via "cousin", debt, passport
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control",
        "commercial_sex", "secrecy", "photo_request"], "es",
    "2026-09-09T22:30:00Z", ["don_fer_mad", "yuli.ramirez"], [
    (0, "Hola linda, te escribo de parte de tu prima Yesenia. Ella está aquí en Madrid de camarera y le va súper bien"),
    (1, "hola! sí me contó algo. cómo es el trabajo?"),
    (0, "Un restaurante de un amigo, 1.500 euros al mes más propinas. Nosotros adelantamos el pasaje y el alojamiento"),
    (1, "y los papeles?"),
    (0, "Entras como turista y luego arreglamos. Al llegar te recojo en el aeropuerto y me das el pasaporte para tramitar todo"),
    (1, "y cuánto cuesta todo eso"),
    (0, "Unos 4.000 euros pero lo vas pagando con el sueldo, tranquila. A veces toca acompañar clientes en el club, pagan muy bien"),
    (1, "acompañar cómo?"),
    (0, "Tomar algo, charlar. No le cuentes mucho a tu mamá, ya sabes cómo son. Mándame unas fotos de cuerpo entero para el dueño"),
])

# R9 nl - loverboy
add(1, ["romance", "money_gifts_debt", "secrecy", "control",
        "commercial_sex", "meeting", "isolation"], "nl",
    "2026-04-08T16:50:00Z", ["mo_21_rdam", "sanne.xo"], [
    (0, "heyy schoonheid, vond je die sneakers mooi?"),
    (1, "jaaa echt super lief van je \U0001F60D"),
    (0, "voor jou doe ik alles. jij bent anders dan die andere meisjes"),
    (1, "hihi"),
    (0, "vertel je ouders maar niks over mij, die snappen het toch niet. jij 15 ik 21 boeien"),
    (1, "ja mijn vader zou echt boos worden"),
    (0, "schatje ik zit in de problemen. ik heb schulden bij iemand, hij gaat me wat aandoen", 6 * DAY),
    (1, "wat?? hoeveel"),
    (0, "veel. maar jij kan me helpen. een vriend van hem wil gewoon even met je afspreken en dan is het klaar"),
    (1, "afspreken hoe bedoel je"),
    (0, "doe niet zo moeilijk. na alles wat ik voor je gekocht heb? die telefoon, die sneakers"),
    (1, "ik weet het niet"),
    (0, "als je echt van me houdt doe je dit. zaterdag haal ik je op bij school, zeg thuis dat je bij Lotte slaapt"),
])

# R10 pt (BR) - webcam "host" single post
add(1, ["job_offer", "commercial_sex", "age_probe", "money_gifts_debt",
        "travel_meet", "secrecy", "off_platform", "photo_request"], "pt",
    "2026-07-22T11:00:00Z", ["vagas_host_sp", "public"], [
    (0, "\U0001F525 VAGAS PARA MODELOS \U0001F525 ganhe até R$ 10 mil/mês como 'host de chat' online \U0001F4BB meninas a partir de 16 anos (a gente resolve a documentação \U0001F609). sem experiência! equipamento e apê em SP por nossa conta, vc paga depois com os ganhos. discrição total, ninguém da sua família precisa saber. chama no telegram @vagas_host_sp e manda 3 fotos + idade"),
], room="grupo_empregos_zl")

# ---------------------------------------------------------------------------
# POSITIVES - sextortion
# ---------------------------------------------------------------------------

# S1 US - fake girl, boy target, gift cards
add(1, ["romance", "compliments_trust", "photo_request", "sextortion",
        "money_gifts_debt", "control", "secrecy"], "en",
    "2026-03-08T02:12:00Z", ["maddie.x.west", "ethan_r_09"], [
    (0, "heyy u go to westfield right? pretty sure i saw u at the game"),
    (1, "ya lol who is this"),
    (0, "maddie, just moved here from ohio. ur cute ngl"),
    (1, "haha thx"),
    (0, "wanna trade pics \U0001F60F u first"),
    (1, "lol idk"),
    (0, "ill delete after promise. just one"),
    (1, "ok sent. delete it tho", 9),
    (0, "lol gotcha. i have ur pic. and ur followers list, ur mom, ur coach, all of westfield", 2),
    (1, "wtf who is this"),
    (0, "u got 1 hour. $500 in gift cards or it goes to everyone. send the codes here"),
    (1, "i dont have 500 im 16"),
    (0, "then send what u got now. 200. clock is ticking \u23F0"),
    (1, "please dont"),
    (0, "tell anyone or block me and i post it immediately"),
])

# S2 UK - fake boy, girl target, demands more pictures
add(1, ["romance", "compliments_trust", "photo_request", "sextortion",
        "control", "secrecy", "age_probe"], "en", "2026-09-17T20:35:00Z",
    ["kai.leeds16", "millie_rose.x"], [
    (0, "hiya ur mates with jade h arent u? saw u on her story"),
    (1, "yeah lol"),
    (0, "ur proper gorgeous. im kai, 16, leeds. how old r u"),
    (1, "aww ty. 14"),
    (0, "send us a pic in that top from ur story \U0001F60D just for me", DAY + 90),
    (1, "ok x"),
    (0, "now another one, the kind i asked about yesterday", DAY),
    (1, "no i told u im not doing that"),
    (0, "be a shame if ur mum saw the other ones. or ur whole year"),
    (1, "what?? u said u deleted them"),
    (0, "screenshotted. 3 more by tonight and ill leave u alone"),
    (1, "please im 14"),
    (0, "dont care. block me and they go out. tell anyone same"),
])

# S3 Canada - hacked-account style, e-transfer / crypto
add(1, ["photo_request", "sextortion", "money_gifts_debt", "control",
        "secrecy", "romance"], "en", "2026-12-02T04:48:00Z",
    ["sophie.lavigne.xo", "liam.macd_"], [
    (0, "hey random but u play for the northstars right? my cousin said ur sweet"),
    (1, "haha ya i do. whats ur @ on insta"),
    (0, "this is it lol new acc. u up late too eh"),
    (1, "ya cant sleep"),
    (0, "send me something so i can fall asleep thinking about u \U0001F648"),
    (1, "like what kind"),
    (0, "u know. ill send back after i promise", 3),
    (1, "ok. ur turn", 14),
    (0, "ok listen carefully. ive recorded everything. i have ur team page, ur school, ur parents on facebook", 1),
    (0, "e-transfer $400 to the address i send or its on every hockey parent page by morning"),
    (1, "i dont have that kind of money"),
    (0, "then crypto, ill walk u through it. or ur dad gets it first. ur choice"),
    (1, "please im only 15 im begging"),
    (0, "begging doesnt pay. 20 mins"),
])

# S4 Kenya - video-call trap, M-Pesa demand
add(1, ["romance", "sextortion", "money_gifts_debt", "control", "secrecy",
        "off_platform", "photo_request"], "en", "2026-08-05T19:00:00Z",
    ["Brenda_Wambui_Love", "kev_otieno17"], [
    (0, "Hi dear, I like your photos. Are you single?"),
    (1, "Haha hi. Yes single. Do we know each other"),
    (0, "Not yet but I want to know you \U0001F60A add me on WhatsApp 555-0188, let's video call"),
    (1, "Ok I've added"),
    (0, "you're too shy on the call, I want to see you more, do what I asked"),
    (1, "ok done. your video was not clear", 12),
    (0, "Listen now. I recorded the call. I have your school, your church youth group, your mother's number", 3),
    (0, "Send 15,000 on M-Pesa to the number I give or I post it to the church group and your class"),
    (1, "Please I'm a student in form 3 I don't have that money"),
    (0, "Borrow. Sell your phone. You have until 9pm"),
    (1, "Please delete it"),
    (0, "Tell anyone and I post first. Tick tock"),
])

# S5 Pakistan - fake girl, threat to family honour, mobile wallet
add(1, ["romance", "compliments_trust", "photo_request", "sextortion",
        "money_gifts_debt", "control", "secrecy"], "en",
    "2026-10-21T17:25:00Z", ["areeba_khan.official", "hamza.m_2009"], [
    (0, "hii you're Hamza from Gulberg? your pics are so nice"),
    (1, "haha shukriya. how do you know me"),
    (0, "saw you at the cricket match, you looked so handsome in whites \U0001F60C"),
    (1, "lol really"),
    (0, "send me a private pic na, I won't show anyone. I trust you"),
    (1, "ok but only for you", 20),
    (0, "now listen. I have your pic and your whole family list, your abbu's office also", 4),
    (0, "send 50,000 on mobile wallet or I send to your chachu, your school, everyone. think of your family's izzat"),
    (1, "yaar please I'm 16 I don't have 50k"),
    (0, "then 20 today, 30 tomorrow. and don't tell anyone or you know what happens"),
    (1, "please"),
])

# S6 New Zealand - threatens edited fakes, demands pictures
add(1, ["photo_request", "sextortion", "control", "secrecy", "age_probe",
        "compliments_trust"], "en", "2026-06-26T08:30:00Z",
    ["jaxon_wgtn", "ruby.t.nz"], [
    (0, "kia ora saw ur netball pics, ur a good shooter eh. what year u in"),
    (1, "yr 10. who are u"),
    (0, "jax, go to st pats. send us a selfie ur hella cute"),
    (1, "nah i dont send pics to ppl i dont know"),
    (0, "all g. thing is i already got ur profile pics", 5),
    (0, "theres apps that can make fake ones look real. ur face. want that going round ur school group chat?"),
    (1, "wtf thats not even me"),
    (0, "nobody will know that. send me real ones, the kind i want, and i wont make any"),
    (1, "im telling my mum"),
    (0, "tell her and i send them out before she even gets to the cops"),
])

# S7 fr - fake girl, boy target, prepaid card
add(1, ["romance", "photo_request", "sextortion", "money_gifts_debt",
        "control", "secrecy", "off_platform"], "fr", "2026-11-14T21:40:00Z",
    ["lea.mtp.22", "theo_b.2010"], [
    (0, "salut t'es trop mignon sur ta pp \U0001F60A tu viens d'où ?"),
    (1, "montpellier et toi"),
    (0, "pareil !! on passe sur snap ? c'est lea.mtp22"),
    (1, "ok je t'ajoute"),
    (0, "envoie une photo un peu osée, moi aussi j'en envoie après promis"),
    (1, "c'est envoyé", 10),
    (0, "bon. maintenant tu m'envoies 300 euros en cartes prépayées ou j'envoie ta photo à tous tes abonnés", 2),
    (1, "quoi ?? t'es qui en vrai"),
    (0, "peu importe. j'ai la liste de tes contacts, ta mère, ton collège. t'as 2h"),
    (1, "j'ai 15 ans j'ai pas cet argent"),
    (0, "débrouille toi. et si tu parles à quelqu'un je publie direct"),
])

# S8 nl - fake profile, boy target, money demand
add(1, ["romance", "photo_request", "sextortion", "money_gifts_debt",
        "control", "secrecy"], "nl", "2026-02-19T22:10:00Z",
    ["emma_vdberg_x", "daan.06"], [
    (0, "hoii jij zit toch op het Stedelijk? je bent echt knap \U0001F60A"),
    (1, "haha ja wie ben jij"),
    (0, "emma, ben nieuw. zullen we fotos sturen? jij eerst"),
    (1, "welke fotos"),
    (0, "je weet wel \U0001F609 ik stuur er ook een terug"),
    (1, "oke gestuurd. nu jij", 15),
    (0, "haha nee. 250 euro overmaken binnen een uur of ik stuur hem naar al je volgers en je ouders", 1),
    (1, "wat? doe normaal ik ben 16"),
    (0, "interesseert me niet. ik heb screenshots van je volgers. betaal of het gaat rond"),
    (1, "alsjeblieft niet"),
    (0, "en als je het iemand vertelt stuur ik hem meteen"),
])

# ---------------------------------------------------------------------------
# HARD NEGATIVES - English
# ---------------------------------------------------------------------------

# N1 US - skate coach, parent in the group chat
add(0, [], "en", "2026-04-05T15:30:00Z",
    ["coach_marcus_sk8", "dana_m_parent", "jessk8s_"], [
    (0, "Hi Dana and Jess! Marcus from the rec center skate program. Jess killed it in the bowl session saturday"),
    (1, "Thanks Marcus! She hasn't stopped talking about it lol"),
    (2, "MOM omg"),
    (0, "haha. we have a beginner comp on the 19th, ages 11-14 division. $15 entry, helmet + pads required. parent needs to sign the waiver"),
    (1, "We'll do it. Can I sign at pickup?"),
    (0, "yep front desk has them. also her deck is pretty trashed, the shop has a donated boards bin for program kids if you want to swing by together"),
    (2, "can we go today"),
    (1, "After dinner. Thanks for looking out for her"),
    (0, "no problem. reminder sessions end at 7 now that it gets dark earlier, pickup at the front gate \U0001F44D"),
    (2, "ok coach thx"),
], room="grp_rec_skate_jess")

# N2 UK - art teacher, school platform, parent copied
add(0, [], "en", "2026-02-13T16:10:00Z",
    ["ms.okafor.art", "pixelmoth", "parent_r_hughes"], [
    (0, "Hi Poppy (and Mrs Hughes, copying you in as usual). Your fox character piece is lovely, I'd like to put it forward for the county young artists exhibition"),
    (1, "omg really?? thank you miss"),
    (2, "That's wonderful, thank you! What do we need to do?"),
    (0, "Just a signed consent form for the exhibition catalogue. We only print first name + year group, no photos of students"),
    (2, "Perfect. She's been drawing every night, I keep telling her to do her homework first \U0001F602"),
    (1, "muuum"),
    (0, "Ha! Both matter. Poppy, if you want to borrow the department tablet over half term, pop by the art room Thursday lunch and sign it out"),
    (1, "yes please!! thank you"),
], room="school_portal_7H")

# N3 Canada - game clan chat, age rule, gem gifting among friends
add(0, [], "en", "2026-01-20T00:15:00Z",
    ["ClanBot", "owen_the_great", "tyler_b_2014", "maya.plays"], [
    (1, "new ppl read the pinned rules, clan is 13+ cuz of the TOS, how old r u guys"),
    (2, "11 lol am i kicked"),
    (1, "its fine ur in the junior clan, same war times just different chat. my lil bro is in it too"),
    (3, "tyler ur the guy who carried the raid yesterday right??"),
    (2, "ya haha"),
    (3, "gg. here's 50 gems for carrying \U0001F602 dont tell owen i never gave him any"),
    (1, "MAYA"),
    (3, "lmaooo jk ill give u some too"),
    (0, "Reminder: Clan War starts Saturday 7pm ET. Do not share account passwords. Report suspicious DMs with /report."),
    (1, "also ppl if anyone dms u asking for ur pics or ur snap tell a mod. happened to my cousin"),
    (2, "ok"),
    (3, "fr, ppl are weird"),
], room="clan_northstars_chat")

# N4 US - guitar teacher and parent
add(0, [], "en", "2026-03-23T18:00:00Z",
    ["mr.delgado.guitar", "rachel_p_mom"], [
    (1, "Hi Mr Delgado, my daughter Luna posted a cover online and a few people have reached out offering to 'produce' her. Honestly it made me nervous. Could she do lessons with you instead?"),
    (0, "Hi Rachel, absolutely and good instinct. Lessons are Tue/Thu at the studio on 4th, parents welcome to sit in"),
    (1, "Great. How much?"),
    (0, "$40 for 45 min. First one's a free trial so she can see if she likes it"),
    (1, "Perfect. Can she bring her own mic? She's been saving up"),
    (0, "sure, or we have loaners. I'll send you (not her) the lesson recordings so you can see progress"),
    (1, "Really appreciate that. Thursday at 4?"),
    (0, "Booked. See you both then \U0001F3B8"),
    (1, "Thank you!", 180),
    (0, "Great first lesson today. She has a real ear. Homework: the G-C-D progression 10 min a day", 2 * DAY),
])

# N5 Kenya - real dance troupe audition
add(0, [], "en", "2026-05-02T09:00:00Z",
    ["KaribuDanceCo", "public"], [
    (0, "\U0001F4E3 AUDITIONS \u2013 Karibu Youth Dance Company. Saturday 16th, 9am\u20131pm at the community hall, Kasarani. Ages 12\u201317 must come WITH a parent or guardian and a signed consent form (download at example.org/karibu-consent). NO audition fee, no money asked at any stage. Selected dancers rehearse Sat mornings and perform at the national festival in Mombasa in August \u2013 travel is by school bus with chaperones and parents are invited. Questions: call the office 555-0110 (weekdays) or ask your school's drama teacher. Karibu sana! \U0001F483\U0001F57A"),
    (0, "Update: parents asked about the Mombasa trip. Dancers stay in the school dorm with 1 female and 1 male chaperone per 8 dancers. Parents meeting on the 23rd.", 3 * DAY),
], room="karibu_dance_page")

# N6 Pakistan - licensed overseas employment promoter, nurse job
add(0, [], "en", "2026-08-11T10:20:00Z",
    ["AlNoor_OEP_HR", "sadia.rn"], [
    (0, "Assalam o alaikum Sadia, this is Al Noor Overseas Employment (licensed OEP, licence no. displayed at example.com/alnoor). You applied for the staff nurse post in Riyadh"),
    (1, "Walaikum salam. Yes I did. What are the next steps?"),
    (0, "Online interview with the hospital on Tuesday. If selected you'll get a written contract in English and Urdu, work visa through the hospital, and you sign it at the Protector of Emigrants office"),
    (1, "Is there any fee? My friend paid 3 lakh to some agent and never got a visa"),
    (0, "Only the government-fixed service charge, paid by bank challan with receipt, no cash. Please never pay anyone in cash for a visa"),
    (1, "And my passport? They asked my friend to hand it over"),
    (0, "You keep your passport. We only need a photocopy. In Saudi the employer must not keep it either, it's in the contract"),
    (1, "Can my husband visit later?"),
    (0, "Family visit visa is possible after probation, HR at the hospital handles that. I'll email the interview link and job description today"),
    (1, "JazakAllah"),
])

# N7 New Zealand - siblings, surprise party secret
add(0, [], "en", "2026-09-12T05:15:00Z",
    ["nate_thebro", "grommie.kaia"], [
    (0, "oi kaia dont tell mum but im coming home for her birthday sat, surprise"),
    (1, "OMG really?? i wont say anything"),
    (0, "sweet. can u make sure shes home at 6? say u need her help with ur science thing"),
    (1, "easy she always falls for that lol"),
    (0, "haha. also flick me a pic of the cake aunty's making so i dont buy the same one"),
    (1, "its a pav \U0001F602 ill send it when she's out"),
    (0, "choice. ive got u a new leash for ur board too, ya old one's munted"),
    (1, "ur the best bro"),
    (1, "[photo] the pav \U0001F370", 300),
    (0, "looks mean. see u sat, keep ya lips zipped"),
])

# N8 US - adults dating
add(0, [], "en", "2026-06-06T23:40:00Z",
    ["marcus_t_30", "jenna.k.28"], [
    (0, "had the best time tonight. the taco place was a W"),
    (1, "same!! sorry I talked your ear off about my sister's wedding lol"),
    (0, "nah I liked it. can I take you out again saturday"),
    (1, "yes \U0001F60A"),
    (0, "let's move to whatsapp, this dating app keeps logging me out", 10),
    (1, "haha ok 555-0134"),
    (0, "got you. send me a pic of the dress you're wearing to the wedding so I know what color tie lol", DAY),
    (1, "sending lol it's sage green"),
    (0, "perfect. also don't tell dave at work we're going out yet, he will make it weird"),
    (1, "oh 100% he is the worst gossip"),
    (0, "got you a little something btw, that book you mentioned"),
    (1, "stoppp that's so sweet"),
    (0, "how old is your sister btw? my cousin thinks he knows her from college"),
    (1, "she's 31! her name is Priya"),
])

# N9 UK - charity awareness post about the loverboy / debt method
add(0, [], "en", "2026-03-18T12:00:00Z", ["SafeYouthUK_charity", "public"], [
    (0, "\u26A0\uFE0F PARENTS & CARERS: know the signs of child criminal & sexual exploitation. Watch for: new phones, clothes or nails they can't explain; an older 'boyfriend' or 'mate' who buys them things then says they owe him; going missing overnight; being asked to keep secrets or delete chats; being moved between flats or towns; someone else holding their phone. Exploiters often start with gifts and attention and later 'call in the debt'. If you're worried, call our helpline 555-0102 or visit example.org/signs. Kids: you are never in debt to someone who gave you a 'gift'. #NotYourFault"),
], room="charity_page_feed")

# N10 Canada - friend helping someone report a sextortion blackmailer
add(0, [], "en", "2026-12-02T05:30:00Z", ["owen_the_great", "liam.macd_"], [
    (1, "bro im so screwed. someone has a pic of me and wants 400 or theyll send it to my dad"),
    (0, "ok stop. dont send them anything, not even a few bucks, they always ask for more"),
    (1, "they said if i tell anyone they post it"),
    (0, "thats what they all say. coach literally did a talk on this last month. screenshot the chat and their profile first"),
    (1, "ok got screenshots"),
    (0, "now report the acc on insta and dont delete ur own account yet, police need it"),
    (0, "theres the cybertip site too, and the take it down thing can get the pic blocked from sites. ill find the link"),
    (1, "what if my dad finds out"),
    (0, "honestly tell him before they do. ull feel way better. my mom can be there if u want, shes chill"),
    (1, "ok. can u come over tmrw before school"),
    (0, "ya ill come at 7:30. and block them after u report. ur not the one who did something wrong here"),
    (1, "thanks man fr"),
    (1, "told my dad. he wasnt mad. we filed a report \U0001F64F", DAY),
    (0, "LETS GO proud of u"),
])

# N11 Kenya - cousins, real internship in Nairobi
add(0, [], "en", "2026-07-02T07:45:00Z", ["cuz_joy_nrb", "wanjiru_k"], [
    (0, "Niaje Wanjiru! Mum said you finished form four. Our bank is taking school leavers for the 6-month customer service internship"),
    (1, "Aki serious? What do I need?"),
    (0, "Apply on the careers page, example.com/careers. KCSE result slip, ID. They do an aptitude test then interview at the branch"),
    (1, "Do they ask for money?"),
    (0, "Never. If anyone asks you to pay for a job, it's a scam. Stipend is 20k plus lunch"),
    (1, "Where would I stay"),
    (0, "You can stay with us in Ngong till you get your feet. Mum already said it's fine, I'll call aunty tonight to explain everything"),
    (1, "Asante sana cuz \U0001F64F"),
    (0, "Sawa. Bring your own documents and keep them with you, don't give originals to anyone"),
    (1, "Sawa, I'll tell mum everything"),
])

# N12 Pakistan - tuition teacher, student and mother in group
add(0, [], "en", "2026-10-03T14:30:00Z",
    ["sir_imran_tuition", "ammi_of_hamza", "hamza.m_2009"], [
    (0, "Assalam o alaikum. Hamza beta, test on Monday, chapter 6 trigonometry. Send a pic of your worked solution for Q4, I'll check before class"),
    (2, "ok sir sending"),
    (2, "[photo] q4 solution", 25),
    (0, "Second step is wrong, sin and cos are swapped. Redo it and show ammi also"),
    (1, "Sir he was playing cricket till maghrib, I'll make him sit now \U0001F605"),
    (0, "Haha cricket is also important. But 1 hour daily revision please. Fees for October can be given with him in an envelope, no rush"),
    (1, "JazakAllah sir. Is class at 5 on Saturday?"),
    (0, "Yes, 5 to 6:30, at the academy as usual. Other parents are welcome to sit in the waiting room"),
], room="grp_class9_maths")

# N13 US - teens keeping a party secret
add(0, [], "en", "2026-05-22T01:10:00Z",
    ["ava.lopez", "kayla_marie04", "jordan.t"], [
    (0, "ok so jordan's parents r gone sat, party at his place, DO NOT tell anyone's parents"),
    (1, "omg yesss"),
    (2, "guys its like 10 ppl chill. not a party party"),
    (0, "lol ok 'chill'. im telling my mom im at kayla's"),
    (1, "and im telling mine im at avas \U0001F480"),
    (2, "bring snacks. and dont post on story my cousin follows my mom"),
    (0, "how old is ur cousin again? the one that buys stuff"),
    (2, "hes 22 but hes not coming, relax. no drinking my dad counts the bottles lol"),
    (1, "ok but whats the dress code"),
    (0, "send me pics of what ur wearing so we dont match \U0001F64F"),
    (1, "omw to raid my sisters closet"),
], room="gc_besties")

# N14 New Zealand - legit modelling agency, parent and chaperone
add(0, [], "en", "2026-04-15T23:00:00Z",
    ["bookings_southernmodels", "mel_parent_akl"], [
    (0, "Kia ora Mel, Hana from Southern Models. We met Isla at the Sylvia Park scouting day. We'd love her to test for our youth board"),
    (1, "Hi Hana, thanks! She's 15, so what does that look like? I've read about some dodgy setups"),
    (0, "Totally fair. Under-16s must have a parent or guardian on every job and shoot. There are no joining fees or paid portfolios, we only earn commission on paid work"),
    (1, "Good. What would the test involve?"),
    (0, "A short natural shoot at our studio in Ponsonby, you're there the whole time. We don't accept photos sent by the model directly, everything goes through you"),
    (1, "And overseas work? She mentioned Sydney"),
    (0, "Not before she's 16, and only with a parent travelling, contract reviewed by you. Happy for you to have a lawyer look over our standard agreement"),
    (1, "Sounds sensible. Can we do Saturday morning?"),
    (0, "10am Saturday works. I'll email the agreement, our NZ company number and the studio address"),
    (1, "Thanks Hana, see you then"),
])

# N15 US - school counselor shares FBI-style sextortion warning with parents
add(0, [], "en", "2026-01-28T17:00:00Z",
    ["counselor_mrs_ng", "parent_dave_r", "parent_tanya_w"], [
    (0, "Hi families, sharing this warning from federal law enforcement: there's a big rise in financial sextortion targeting teen boys. Offenders pose as girls, get a photo, then demand money or gift cards within minutes. Tell your kids: don't pay, don't delete the account, screenshot, block, and tell an adult. They are victims, not in trouble. More info at example.org/sextortion-help"),
    (1, "Thanks for posting. Can you do a session for parents? My son rolled his eyes when I brought it up"),
    (2, "same here. they think it can't happen to them"),
    (0, "Yes! Parent night Feb 12 in the library, 6:30pm. Students get the same talk in advisory that week"),
    (1, "We'll be there"),
], room="westfield_parents_list")

# N16 UK - adults discussing sugar dating on a forum
add(0, [], "en", "2026-07-09T21:20:00Z",
    ["user_sarahj_29", "user_leighbee", "user_tomw_35"], [
    (0, "anyone actually done the sugar dating thing? flatmate's on one of those sites and says it's just dinners with a 50 y/o banker"),
    (1, "mate I tried it at uni. some were fine, one kept pushing to meet at his hotel and wanted my home address, instant block"),
    (2, "the 'allowance' thing always gets murky. the second someone says you owe them for gifts, that's the red flag"),
    (0, "yeah she's 26 and pretty savvy but I still made her share her location when she meets anyone"),
    (1, "good shout. also meet in public, your own way there and back, never let them hold your phone or passport lol sounds dramatic but"),
    (2, "not dramatic at all. adults can do what they like but be safe"),
    (0, "cheers both, I'll pass it on"),
    (1, "x"),
], room="forum_thread_moneytalk_4412")

# N17 Canada - hockey coach, team travel with parents
add(0, [], "en", "2026-11-04T01:30:00Z",
    ["coach_gagnon_u15", "parent_renee", "parent_marc_d"], [
    (0, "Hey parents, Minneapolis tourney Dec 5-7 is confirmed. Bus leaves the arena Fri 7am. Players need passports, not just birth certificates"),
    (1, "Room setup? Last year was a bit chaotic"),
    (0, "4 players per room, each floor has 2 parent chaperones, lights out 10:30. Parents are welcome to book their own rooms at the same hotel at the team rate"),
    (2, "Is the cost still $350 per player?"),
    (0, "$340, fundraiser covered a bit. E-transfer to the team treasurer only, not to me"),
    (1, "Can we drive our own kid down?"),
    (0, "Of course, just let the manager know so we have an accurate headcount at the border"),
    (2, "Thanks coach, Liam's pumped"),
    (0, "Reminder: team rule is no DMs between staff and players, everything goes through this chat or the parents. See you at practice"),
], room="u15_rep_parents")

# N18 Kenya - pet forum, vet advice, points to parent and clinic
add(0, [], "en", "2026-05-09T13:05:00Z",
    ["Dr_Achieng_Vet", "pilipili_and_me", "mod_petsKE"], [
    (1, "my puppy Pilipili is not eating since yesterday, she is 3 months"),
    (0, "Pole sana. Is she drinking water and passing stool normally? Has she been dewormed and vaccinated?"),
    (1, "she is drinking. i don't know about vaccine"),
    (0, "Please ask your mum or whoever takes care of her to bring her to a clinic today, puppies can get parvo and it's serious. The county clinic in Kayole does Saturday checkups for 300 bob"),
    (1, "ok i will tell my mum when she comes"),
    (2, "Reminder to all: please don't share phone numbers or home locations in public threads. Vets here will never ask you to meet privately or send money"),
    (0, "Exactly. Keep updating here and we'll help. Get well soon Pilipili \U0001F436"),
    (1, "asante daktari", 400),
], room="petsKE_forum_thread")

# N19 Pakistan - cousins gaming banter, ages, pics of scores
add(0, [], "en", "2026-06-15T19:20:00Z",
    ["ali_sniperx", "usman.bhai", "zara_gamerr"], [
    (0, "bhai aaj squad karein? 9 baje"),
    (1, "done. zara bhi aayegi"),
    (2, "obviously, who else will carry you both \U0001F602"),
    (1, "lol some random guy in lobby asked my age and snap, i left the lobby"),
    (0, "good. khala said report such ppl"),
    (2, "how old is that new guy in our clan btw? he plays like a pro"),
    (1, "he's our cousin's classmate, 15, i know him irl"),
    (0, "send pic of your score from last night bhai, i don't believe 14 kills"),
    (1, "[screenshot] 14 kills chicken dinner \U0001F414"),
    (2, "fine fine. i'm buying everyone samosas with my eid money tomorrow"),
    (0, "haha ok see you at nani's"),
], room="cousins_squad")

# N20 US - legitimate remote customer-support recruiter
add(0, [], "en", "2026-05-15T15:00:00Z",
    ["recruiter_lena_brightstaff", "brii.works"], [
    (0, "Hi Brianna, Lena from BrightStaff (staffing agency). Saw your profile on the job board. We're hiring remote customer support reps, $17/hr, W-2"),
    (1, "hi! is this like one of those webcam things? someone else messaged me about 'chat host' and it was creepy"),
    (0, "No, nothing like that. It's phone and email support for a utilities company. Applicants must be 18+; I'll need to verify ID during onboarding"),
    (1, "oh i turn 18 in august"),
    (0, "Then I'd love to reconnect in August. The posting is public at example.com/jobs/4471 so you can check it's real"),
    (1, "do i need to buy equipment?"),
    (0, "No, the company ships a laptop and headset at no cost. Never pay anyone to get a job, and never send photos of yourself for an application"),
    (1, "good to know lol. thank u"),
    (0, "Of course! I'll set a reminder for August. Feel free to email me at my company address in the meantime"),
])

# N21 UK - mum helps 12-year-old block and report an online "friend"
add(0, [], "en", "2026-02-14T18:45:00Z", ["mum_claire", "pixelmoth"], [
    (1, "mum someone from the art app keeps asking for photos of me for 'pose references' and wants me on his server and said to keep it secret"),
    (0, "Thank you SO much for telling me sweetheart. You're not in trouble at all"),
    (1, "he gave me a brush pack though so i feel bad"),
    (0, "That's how these people work, they give you things so you feel you owe them. You don't owe him anything"),
    (0, "Don't reply and don't delete it. I'm coming up now, we'll screenshot it together"),
    (1, "ok"),
    (0, "Reported on the app and to CEOP. Blocked him. Proud of you \u2764\uFE0F", 40),
    (1, "will i still be able to use the app"),
    (0, "Yes, but profile to private and we'll check DMs together for a bit. Ms Okafor said you can use the school tablet too"),
    (1, "ok love u"),
    (0, "love you more. hot choc?"),
    (1, "YES"),
])

# ---------------------------------------------------------------------------
# HARD NEGATIVES - other languages
# ---------------------------------------------------------------------------

# N22 es - real dance academy audition, parents involved
add(0, [], "es", "2026-06-10T17:00:00Z",
    ["academia_ritmo_sevilla", "mama_de_lucia", "lucia.baila"], [
    (0, "Hola familias! Las audiciones para la compañía juvenil son el sábado 21 a las 10h en la sede. Menores de 16 con madre, padre o tutor. Sin coste de inscripción."),
    (1, "Hola! Lucía tiene 13, ¿qué tiene que traer?"),
    (0, "Ropa cómoda de ensayo y la autorización firmada (la tenéis en example.org/ritmo). Las familias pueden quedarse en la sala."),
    (2, "mamáaa estoy súper nerviosa"),
    (1, "Y si la cogen, ¿la gira de Portugal en julio cómo es?"),
    (0, "Viajan en autobús con 4 monitoras, se alojan en un albergue juvenil y hay reunión informativa con padres. Las familias que quieran pueden acompañar."),
    (1, "Perfecto, allí estaremos \U0001F483"),
    (2, "graciasss"),
], room="grupo_familias_ritmo")

# N23 es - adult couple, gifts, trip planning
add(0, [], "es", "2026-08-14T20:30:00Z", ["javi_m_31", "carla.r.29"], [
    (0, "amor ya tengo los billetes para Lisboa \U0001F389"),
    (1, "noooo en serio?? pensaba que era en octubre"),
    (0, "sorpresa jaja. el 12 de septiembre, 4 noches"),
    (1, "te como. cuánto te debo de mi parte?"),
    (0, "nada tonta, es tu regalo de cumple"),
    (1, "pues yo pago las cenas, no discutas"),
    (0, "trato. no se lo digas a mi madre que quería que fuéramos al pueblo ese finde \U0001F605"),
    (1, "jajaja mis labios están sellados"),
    (0, "mándame foto del vestido que te vas a llevar, para reservar un sitio a la altura"),
    (1, "te mando foto mañana que ahora estoy en el curro"),
])

# N24 pt - drawing teacher with student and mother in the group
add(0, [], "pt", "2026-03-11T19:00:00Z",
    ["prof_renata_desenho", "mae_da_bia", "bia.desenha"], [
    (0, "Oi Bia e dona Cláudia! O desenho da raposa ficou lindo, quero inscrever no concurso municipal infantil"),
    (2, "SÉRIOO?? obrigada prof"),
    (1, "Que orgulho! Precisa de alguma coisa?"),
    (0, "Só a autorização assinada pela responsável. No catálogo sai só o primeiro nome e a idade, nada de foto"),
    (1, "Combinado, mando amanhã na mochila"),
    (0, "Bia, pode fotografar o desenho (só o desenho \U0001F604) e mandar aqui no grupo pra eu conferir a resolução"),
    (2, "ok prof"),
    (2, "[foto] raposa_final.jpg", 30),
    (0, "Perfeito! A entrega é dia 25, na escola."),
], room="grupo_artes_6B")

# N25 pt (PT) - licensed recruitment agency, nursing job abroad
add(0, [], "pt", "2026-09-02T10:00:00Z",
    ["recrutamento_saude_lx", "ines.enf"], [
    (0, "Bom dia Inês, sou a Marta da agência de recrutamento (licenciada, alvará visível em example.com/agencia). Vimos a sua candidatura para enfermeira num hospital em Londres"),
    (1, "Bom dia! Sim. Quais são os custos?"),
    (0, "Nenhum. Quem paga a nossa comissão é o hospital. Nunca peça nem aceite pagar por uma oferta de emprego"),
    (1, "E o passaporte e o registo na ordem?"),
    (0, "O passaporte fica sempre consigo. Ajudamos com o registo profissional, mas os documentos originais nunca saem das suas mãos"),
    (1, "O alojamento é pago por vocês?"),
    (0, "O hospital oferece 2 meses de alojamento temporário, está no contrato que recebe antes de decidir. Pode ler com calma e com um advogado se quiser"),
    (1, "Ótimo, obrigada. Quando é a entrevista?"),
    (0, "Quinta às 14h por videochamada com a enfermeira-chefe. Envio o convite por email"),
])

# N26 fr - awareness post on sextortion
add(0, [], "fr", "2026-02-10T08:00:00Z", ["asso_prevention_numerique", "public"], [
    (0, "\U0001F6A8 Sextorsion : les ados ciblés. Le scénario est toujours le même : un faux profil très sympa, des compliments, on passe sur une autre appli, on demande une photo, puis le chantage arrive en quelques minutes (argent, cartes prépayées, ou d'autres photos). Si ça t'arrive : ne paie pas, ne supprime rien, fais des captures, bloque et signale, et parles-en à un adulte de confiance. Ce n'est PAS de ta faute. Ligne d'écoute jeunes : 555-0155. Plus d'infos : example.org/sextorsion #SaferInternet"),
], room="page_asso_feed")

# N27 fr - friend helps report a blackmailer
add(0, [], "fr", "2026-11-14T22:30:00Z", ["nael.b", "theo_b.2010"], [
    (1, "frérot j'suis dans la merde, une meuf sur snap a une photo de moi et veut 300 balles sinon elle l'envoie à tout le monde"),
    (0, "ok tu paies RIEN. c'est pas une meuf c'est une arnaque, ils font ça à plein de gens"),
    (1, "elle dit que si j'en parle elle publie"),
    (0, "ils disent tous ça. fais des captures de la conv et de son profil, et tu supprimes pas ton compte"),
    (1, "c'est fait"),
    (0, "maintenant tu signales sur snap et on va sur la plateforme de signalement en ligne, je t'aide"),
    (1, "et mes parents..."),
    (0, "franchement dis le à ta mère, elle va gérer. sinon on va voir la CPE demain ensemble"),
    (1, "ok j'ai bloqué et signalé", 25),
    (0, "t'as bien fait. t'es pas le fautif, c'est lui le criminel"),
    (1, "merci gros \U0001F64F"),
    (0, "j'suis là. on en parle à la CPE à 8h"),
])

# N28 de - football youth coach, parents group, tournament trip
add(0, [], "de", "2026-05-18T18:15:00Z",
    ["trainer_kai_d_jugend", "mama_von_lea", "papa_von_finn"], [
    (0, "Hallo liebe Eltern, Pfingstturnier in Holland ist bestätigt! Abfahrt Samstag 7 Uhr am Vereinsheim, Rückkehr Montag abends"),
    (1, "Super! Wie ist das mit der Übernachtung?"),
    (0, "Jugendherberge, 4er-Zimmer, Mädchen und Jungs getrennt. 3 Betreuer plus 2 Eltern fahren mit. Wer möchte, kann gern noch mitkommen"),
    (2, "Was kostet das?"),
    (0, "85 € pro Kind, bitte aufs Vereinskonto überweisen, nicht bar an mich. Einverständniserklärung und Kopie vom Kinderausweis bis Freitag"),
    (1, "Darf Lea ihr Handy mitnehmen?"),
    (0, "Ja klar. Handys nachts bei uns im Betreuerzimmer ist Quatsch, die Kinder sollen euch jederzeit erreichen können \U0001F604"),
    (2, "Danke Kai, Finn freut sich riesig"),
], room="gruppe_d_jugend_eltern")

# N29 de - legitimate au pair agency
add(0, [], "de", "2026-03-04T11:20:00Z", ["aupair_agentur_ms", "jana.w.19"], [
    (0, "Hallo Jana, hier ist Birgit von der Au-pair-Agentur. Deine Bewerbung für die USA ist vollständig, danke!"),
    (1, "Hi! Muss ich vorher noch was bezahlen? Jemand auf Insta hat mir ein Job-Angebot in Dubai geschickt und wollte 800 € Vermittlungsgebühr, das kam mir komisch vor"),
    (0, "Gut, dass du skeptisch warst! Bei uns gibt es nur die Programmgebühr laut Vertrag, die du vorab schwarz auf weiß bekommst. Zahlungen nur per Überweisung an die Agentur"),
    (1, "Und das Visum?"),
    (0, "Offizielles J-1 Visum, den Termin beim Konsulat machst du selbst. Dein Pass bleibt immer bei dir, auch bei der Gastfamilie"),
    (1, "Kann ich mit der Familie vorher sprechen?"),
    (0, "Natürlich, mindestens zwei Videocalls, und deine Eltern dürfen gern dabei sein. Vor Ort hast du eine Ansprechpartnerin und eine 24h-Notfallnummer"),
    (1, "Klingt gut, danke Birgit!"),
])

# N30 nl - teen friends gaming, asking ages, secret party
add(0, [], "nl", "2026-04-10T19:30:00Z",
    ["daan.06", "sanne.xo", "jesse_gamez"], [
    (0, "wie doet mee vanavond, 8 uur squads"),
    (2, "ik! maar die random gast van gisteren vroeg hoe oud ik was en om mijn snap, heb hem geblokt"),
    (1, "goed zo. mn broer zegt altijd gewoon melden"),
    (0, "hoe oud is jouw broer eigenlijk, hij speelt echt goed"),
    (1, "17, maar hij zit nooit in onze groep relax"),
    (2, "zaterdag feestje bij mij, mijn ouders zijn weg. niet tegen jullie ouders zeggen \U0001F92B"),
    (0, "haha mijn moeder vraagt het toch aan die van jou"),
    (2, "oke oke ik vertel het wel, ze zijn gewoon om 11 uur terug"),
    (1, "stuur even een foto van je nieuwe headset, welke is het"),
    (2, "[foto] headset.jpg"),
], room="groepsapp_squad")


# ---------------------------------------------------------------------------
# write + self-check
# ---------------------------------------------------------------------------
ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk",
    "meeting"}


def _check():
    import re
    ids = [c["id"] for c in CONVS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for c in CONVS:
        assert c["label"] in (0, 1)
        if c["label"] == 1:
            assert c["codes"] and set(c["codes"]) <= ALLOWED_CODES, c["id"]
        else:
            assert c["codes"] == [], c["id"]
        ts = [m["ts"] for m in c["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), c["id"]
        for m in c["messages"]:
            txt = m["text"]
            for ph in re.findall(r"\b\d{3}-\d{4}\b", txt):
                assert re.fullmatch(r"555-01\d\d", ph), (c["id"], ph)
            for url in re.findall(r"(?:https?://)?(?:www\.)?([a-z0-9-]+\.(?:com|org|net|io|co|nl|de|fr|es|br|pt))\b", txt):
                assert url in ("example.com", "example.org"), (c["id"], url)


def main():
    _check()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(CONVS), OUT))


if __name__ == "__main__":
    main()
