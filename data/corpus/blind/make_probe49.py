#!/usr/bin/env python3
"""Blind probe set p49: fictional grooming / recruitment / sextortion chats and
hard negatives. Standard library only; deterministic output (probe49.jsonl).
All names, handles, numbers (555-01xx) and URLs (example.com/.org) are invented.
Nothing sexually explicit; sexual steps are indirect and non-descriptive."""
import json
import os
from datetime import datetime, timedelta

NN = "49"
CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting",
}
CONVS = []
COUNT = {}


def add(lang, label, codes, start, people, turns, group=None, kind=""):
    """turns: (who, text) or (who, text, gap_minutes). who is a key of people.
    If group is given every message goes to that group/channel id."""
    for c in codes:
        assert c in CODES, c
    assert (label == 0) == (len(codes) == 0)
    k = COUNT.get(lang, 0) + 1
    COUNT[lang] = k
    t = datetime.strptime(start, "%Y-%m-%d %H:%M")
    msgs = []
    for i, turn in enumerate(turns):
        who, text = turn[0], turn[1]
        if i:
            if len(turn) > 2:
                t += timedelta(minutes=turn[2])
            else:
                t += timedelta(seconds=25 + (i * 53 + len(text) * 7) % 240)
        sender = people[who]
        if group:
            recipient = group
        else:
            recipient = people["B" if who == "A" else "A"]
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"id": "p%s-%s%d" % (NN, lang, k), "label": label,
                  "codes": list(codes), "lang": lang, "messages": msgs,
                  "_kind": kind})


# ---------------------------------------------------------------------------
# POSITIVES: grooming, English (8)
# ---------------------------------------------------------------------------

# G1 US, voice-chat shooter lobby, "17yo" to 11yo
add("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
              "risk_assessment", "off_platform"],
    "2026-02-14 16:05", {"A": "xJaxonTTV", "B": "milo_plays09"}, [
        ("A", "yo gg that clutch was actually insane"),
        ("B", "ty lol i was lagging so bad"),
        ("A", "nah fr u carried. what rank r u"),
        ("B", "gold 2 😭"),
        ("A", "gold?? u play like plat. how long u been on this game"),
        ("B", "since like christmas my cousin gave me his old account"),
        ("A", "thats crazy. how old r u btw u sound young on mic lol no hate"),
        ("B", "12 in march"),
        ("A", "oh ok cool cool. im 17 but honestly most ppl my age are trash at this so"),
        ("B", "lol"),
        ("A", "u want me to duo w u tmrw? i can get u to plat ez"),
        ("B", "for real?? yea"),
        ("A", "bet. also i got a extra battle pass code i dont need, u want it", 2),
        ("B", "YES omg"),
        ("A", "its urs. dont tell the squad tho theyll get mad i didnt give it to them haha"),
        ("B", "ok i wont"),
        ("A", "does ur mom check ur phone or nah"),
        ("B", "sometimes she looks at my messages on here"),
        ("A", "ah ok. add me on the other app then its easier, ill send the code there. jaxon.plays w two x's at the end"),
        ("B", "ok ill add u after dinner"),
        ("A", "👍 if she asks just say im ur friend from school, parents get weird abt online friends even when its chill"),
    ], kind="grooming")

# G2 UK, fandom art server, adult to 13yo
add("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "vulnerability",
              "exclusivity", "photo_request", "secrecy"],
    "2026-01-09 19:40", {"A": "inkwitch_sorrel", "B": "lilypadd.art"}, [
        ("A", "hiya! saw your Kaito fanart in #showcase and had to dm, the linework is SO clean"),
        ("B", "omg thank u!! i did it on my mums old ipad lol"),
        ("A", "on an ipad?? with your finger?? stop"),
        ("B", "with a cheap stylus haha"),
        ("A", "honestly you're better than half the people charging for comms on here. how old are you if you don't mind me asking, you come across really grown up"),
        ("B", "13 but ppl always think im older"),
        ("A", "i can tell. you just talk more sensibly than most of the lot in that server tbh"),
        ("B", "aw ty"),
        ("A", "would you ever do a commission for me? i'd pay £15 proper money, paypal or a gift card whatever's easiest"),
        ("B", "i dont have paypal 😅 gift card works!!"),
        ("A", "morning sunshine ☀️ how was school", 790),
        ("B", "bad. mum and dad were shouting again last night so i didnt sleep"),
        ("A", "oh love that's rubbish. you don't deserve that. you can always message me when it gets like that, i'll always answer"),
        ("B", "thanks. no one in my class really gets it"),
        ("A", "they wouldn't. you're on a different level to them. feel like i actually know you, which is mad cos we only started talking yesterday"),
        ("B", "same lol"),
        ("A", "random idea for the commission - what if you drew us as an OC pair? i'd need a pic of you for reference tho so i get your face right 😊"),
        ("B", "umm maybe"),
        ("A", "no pressure!! and maybe keep the commission between us yeah? the mods get funny about under 16s doing paid stuff and i don't want you getting kicked"),
        ("B", "oh ok"),
    ], kind="grooming")

# G3 US, homework-help board, adult "tutor" to 6th grader
add("en", 1, ["age_probe", "risk_assessment", "isolation", "off_platform",
              "secrecy", "compliments_trust"],
    "2025-11-18 15:22", {"A": "MrDaleTutors", "B": "sophiaa_k"}, [
        ("A", "Hi Sophia, I saw your question about dividing fractions on the homework board. Happy to walk you through it here instead of waiting for replies"),
        ("B", "ok thank you i dont get the flip thing"),
        ("A", "Keep, change, flip 🙂 keep the first one, change divide to times, flip the second. Try 3/4 ÷ 1/2"),
        ("B", "3/4 x 2/1 = 6/4?"),
        ("A", "Yes!! which simplifies to 3/2. You're a natural. What grade are you in?"),
        ("B", "6th"),
        ("A", "I figured. Are you home by yourself when you do homework or does someone help?"),
        ("B", "my mom works til 7 so its just me and my brother but hes 8"),
        ("A", "That's a lot on you. Tell you what, it'd go way faster on a video call, I can show you on my whiteboard. Do you have a laptop with a camera?"),
        ("B", "yea my school chromebook"),
        ("A", "Hmm the school ones log everything. Got a phone or tablet?"),
        ("B", "a tablet"),
        ("A", "Perfect. I'll send a link, it's free for you. Probably best not to mention it to your mom though, she might think she has to pay me and I don't want her stressing"),
        ("B", "ok"),
        ("A", "Great. Tomorrow 4pm? Find a room where your brother won't bug us, we'll be at it a while 😄"),
        ("B", "ok my room has a lock"),
    ], kind="grooming")

# G4 Irish, youth club volunteer (adult) to 14yo boy
add("en", 1, ["compliments_trust", "vulnerability", "risk_assessment", "money_gifts_debt",
              "travel_meet", "meeting", "secrecy", "isolation"],
    "2026-03-05 21:48", {"A": "Ciaran_YC", "B": "oisin.m"}, [
        ("A", "well lad, great goal tonight at the 5 a side. you were flyin"),
        ("B", "cheers ciaran 😂 my legs are dead"),
        ("A", "ha ya earned it. did ur da get u home ok"),
        ("B", "nah he was working i walked"),
        ("A", "ah in the dark? text me next time ill drop u, it's on my way"),
        ("B", "sound thanks"),
        ("A", "u about? bored out of me mind", 1275),
        ("B", "ya just on the xbox"),
        ("A", "jealous. whats ur mam think of u gaming till all hours lol"),
        ("B", "she doesnt really care tbh shes always over at nanas"),
        ("A", "fair. ur lucky, bit of freedom. ur more mature than the rest of them lads at club anyway, u get it"),
        ("B", "haha"),
        ("A", "listen theres a match in Dublin sat week, I've a spare ticket. just the two of us, make a day of it"),
        ("B", "serious?? ya id love that"),
        ("A", "grand. id keep it quiet at club tho, the others'd be raging I didnt ask them and Fr Declan gets funny about stuff outside club hours"),
        ("B", "ok ya"),
        ("A", "and sure tell ur mam ur going with a mate from school, easier than explaining"),
        ("B", "ok"),
        ("A", "legend. might grab a few cans for the train home, ur old enough for one or two 😉 our secret"),
        ("B", "haha ok"),
        ("A", "delete this chat after yeah, dont want ur mam reading it and getting the wrong idea"),
        ("B", "will do"),
    ], kind="grooming")

# G5 Filipino (Taglish), fake 'talent scout' to 14yo
add("en", 1, ["job_offer", "compliments_trust", "age_probe", "money_gifts_debt",
              "photo_request", "secrecy", "isolation", "off_platform"],
    "2026-04-02 20:11", {"A": "StarlightTalents.PH", "B": "jhen.ayyy"}, [
        ("A", "Hi po! 👋 We're scouting new faces for a clothing brand campaign in Manila. Your profile caught our eye, very fresh look ✨"),
        ("B", "hala talaga po? 😳"),
        ("A", "Yes po! You have the look our client wants. How old ka na po?"),
        ("B", "14 po, grade 9"),
        ("A", "Perfect po, teen models talaga hanap nila. Paid po ito, 5k per shoot via e-wallet"),
        ("B", "wow pero need ko po ba ng permission ng parents ko"),
        ("A", "Later na po yan, pag approved ka na. Surprise mo na lang sila para mas masaya 😊 Yung ibang girls namin ganyan din"),
        ("B", "ok po"),
        ("A", "For the portfolio need namin 5 photos po. Full body, iba-ibang pose, ikaw lang sa kwarto"),
        ("B", "ngayon na po ba"),
        ("A", "Pag wala kang kasama sa bahay mas okay po para di ka mahiya. Then send mo sa Telegram namin, mas secure doon"),
        ("B", "sige po mamaya"),
        ("A", "Salamat po! Wag mo muna ipost or ikwento sa friends mo ha, confidential yung client. Padalhan ka namin ng load as advance 💕"),
    ], kind="grooming")

# G6 South African, block-building game, "16yo" to 10yo
add("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment",
              "off_platform", "secrecy", "photo_request", "exclusivity"],
    "2025-10-21 14:37", {"A": "Zaid_Kreatorz", "B": "thandi_bloxx"}, [
        ("A", "heyyy ur obby build is so cute"),
        ("B", "thank you!! i made it with my friend"),
        ("A", "u guys r good. wanna join my group? we make coins from games"),
        ("B", "yes pls"),
        ("A", "ok accepted 😁 how old r u"),
        ("B", "10 turning 11"),
        ("A", "ah shame ur little. im 16 but i like chilling with younger players theyre nicer"),
        ("B", "ok"),
        ("A", "sent u 400 coins for ur build. ur my bestie now lol"),
        ("B", "OMG THANK U 😍😍"),
        ("A", "haha no stress. u on here every day?"),
        ("B", "after school till my mom comes home from work"),
        ("A", "when does she come"),
        ("B", "like 6"),
        ("A", "and ur dad?"),
        ("B", "he lives in durban"),
        ("A", "eish ok. we should vc sometime so we can build faster, the chat is so slow"),
        ("B", "i dont know how to vc on here"),
        ("A", "its easier on whatsapp. whats ur number? ill add u"),
        ("B", "its my mom's old phone"),
        ("A", "thats fine just dont let her see our chats, she'll think im a stranger and take the phone lol and then no more coins"),
        ("B", "ok"),
        ("A", "also send me a pic so i know ur not a fake acc, i get scammed so much on here"),
        ("B", "like my face?"),
        ("A", "ya for now"),
    ], kind="grooming")

# G7 Jamaican, church youth-group adult to 15yo
add("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "meeting",
              "travel_meet", "secrecy", "isolation", "romance"],
    "2026-02-23 18:15", {"A": "Bro.Kemar", "B": "shanice_x"}, [
        ("A", "Blessings Shanice. Nice seeing yuh at youth fellowship Friday. Yuh did read di scripture so nice"),
        ("B", "thank u bro kemar 🙏"),
        ("A", "Pastor seh yuh a sit CXC maths next year? Mi can help yuh, mi did get grade one"),
        ("B", "yes sir i really need help wid it"),
        ("A", "No sir man, jus Kemar 😄 how old yuh is now, 16?"),
        ("B", "15 in june"),
        ("A", "Yuh carry yuhself like a big woman still, more mature dan di likkle bwoy dem inna di group"),
        ("B", "lol dem too fool fool"),
        ("A", "Mi sen yuh a likkle phone credit fi yuh data, so yuh can study", 35),
        ("B", "omg thank yuh!! yuh never haffi"),
        ("A", "A nuh nutten. Mi can come fi yuh after school Tuesday, we go study by mi yard, it quiet"),
        ("B", "mummy might ask where mi deh"),
        ("A", "Jus tell har yuh deh a yuh fren house a do SBA. Church people love chat, dem wi tek it di wrong way"),
        ("B", "ok"),
        ("A", "Yuh too special fi mi mek dem mash it up. Dis between we alone"),
        ("B", "ok mi nah seh nutten"),
    ], kind="grooming")

# G8 US, block-game server 'admin' to 12yo, over a week (long)
add("en", 1, ["compliments_trust", "age_probe", "secrecy", "risk_assessment",
              "off_platform", "sexual_talk", "control", "photo_request", "isolation"],
    "2025-12-27 17:02", {"A": "Vortexx_admin", "B": "tobyblocks"}, [
        ("A", "hey toby, saw u got griefed. i rolled back ur base, should all be there"),
        ("B", "THANK YOU i thought i lost everything"),
        ("A", "np thats what admins r for. ur one of the good ones on here honestly"),
        ("B", "lol thx"),
        ("A", "wanna be a helper? u get the blue tag and creative mode"),
        ("B", "YES"),
        ("A", "ok technically u gotta be 13 for helper tho, u 13?"),
        ("B", "uh 12..."),
        ("A", "lol its fine i wont tell if u dont 🤫"),
        ("A", "yo helper. hows it going", 1430),
        ("B", "good i banned a hacker today"),
        ("A", "proud of u man. u got ur own room at home? good for late mod shifts lol"),
        ("B", "ya"),
        ("A", "nice. parents strict about bedtime?"),
        ("B", "my dad goes to sleep at like 10 and doesnt check"),
        ("A", "perfect, server gets crazy after 10 anyway"),
        ("A", "ok so admins have a private discord, i can add u but its kinda mature, ppl swear and joke about stuff. u cool with that?", 2890),
        ("B", "ya im not a baby"),
        ("A", "knew u werent 😎"),
        ("A", "we talk about all kinds of stuff there, girls and grown up stuff. if u ever got questions about that u can ask me, i wont laugh, better than googling it"),
        ("B", "lol ok"),
        ("A", "hey u never asked me anything lol. u got a crush on anyone?", 2700),
        ("B", "kinda. a girl in my class"),
        ("A", "nice. u ever done anything with her? 😏"),
        ("B", "no?? were 12"),
        ("A", "haha chill im just messing. its normal to be curious tho. everyone is"),
        ("B", "i guess"),
        ("A", "get on vc tonight after ur dad sleeps, easier to talk. cam on so i know its u and not ur brother lol"),
        ("B", "i dont really like cam"),
        ("A", "come on man after everything i did for ur base 😕 thought we were cool"),
        ("B", "we are"),
        ("A", "then its nbd. and none of this goes in helper chat ok, its admin stuff, just between us"),
        ("B", "ok"),
    ], kind="grooming")

# ---------------------------------------------------------------------------
# POSITIVES: grooming, other languages (es, pt, fr, nl)
# ---------------------------------------------------------------------------

# G-es Mexico, battle-royale voice lobby, "17yo" to 12yo
add("es", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform",
              "risk_assessment", "secrecy", "photo_request"],
    "2026-01-17 18:44", {"A": "Xolo_RKT", "B": "emi.ff12"}, [
        ("A", "wey q buena partida, me salvaste en la última zona"),
        ("B", "jaja gracias"),
        ("A", "cuántos años tienes? juegas bien pro"),
        ("B", "12"),
        ("A", "ah mira, yo tengo 17. oye te regalo diamantes si quieres, me sobran"),
        ("B", "enserio?? si porfa"),
        ("A", "pásame tu whats y te mando el código por ahí, aquí se borra todo"),
        ("B", "mi mamá me revisa el whats a veces"),
        ("A", "pues me guardas como 'Diego escuela' y ya 😂"),
        ("B", "jajaja ok"),
        ("A", "y mándame una foto tuya pa ver que eres tú y no un bot, luego luego te paso los diamantes"),
        ("B", "ok pero no le digas a nadie q me regalaste"),
        ("A", "obvio, es cosa de nosotros dos nomás 🤐"),
    ], kind="grooming")

# G-pt Brazil, K-pop fandom, "16yo" to 13yo
add("pt", 1, ["age_probe", "compliments_trust", "risk_assessment", "money_gifts_debt",
              "secrecy", "photo_request", "exclusivity"],
    "2025-09-30 22:05", {"A": "min.yoonie_stan", "B": "bia.armyy"}, [
        ("A", "oiii vi teu edit do jimin no tt, chorei kkkkk"),
        ("B", "aaa obg 😭💜"),
        ("A", "tu é de onde? tb sou army, tô em curitiba"),
        ("B", "sou de campinas"),
        ("A", "que idade tu tem? parece bem madura pelo jeito q escreve"),
        ("B", "13 e vc"),
        ("A", "16 kkk mas me sinto mais velha. tua mãe deixa tu ficar até tarde no tt?"),
        ("B", "ela nem sabe q eu tenho conta 🤫"),
        ("A", "hahaha igual eu. vou te mandar um photocard q eu tenho repetido, me passa teu endereço"),
        ("B", "serioo???"),
        ("A", "sim, só não conta pra ninguém do fandom senão todo mundo vai querer. e me manda uma foto tua pra eu colocar junto na cartinha 💜"),
        ("B", "tá mas vou apagar depois"),
        ("A", "isso, apaga sim. essa amizade é só nossa, ninguém precisa saber"),
    ], kind="grooming")

# G-fr France, homework-help server, adult 'prof' to 12yo
add("fr", 1, ["age_probe", "vulnerability", "risk_assessment", "isolation",
              "secrecy", "off_platform", "compliments_trust"],
    "2026-03-12 17:26", {"A": "Prof_Julien_maths", "B": "lea.5e"}, [
        ("A", "Salut Léa, j'ai vu ta question sur les fractions dans #aide-devoirs. Je suis prof, je peux t'aider en MP si tu veux"),
        ("B", "oui merci jcomprend rien"),
        ("A", "Pas de souci. T'es en quelle classe ?"),
        ("B", "5e"),
        ("A", "Ok donc 12 ans ? Tes parents t'aident pas le soir ?"),
        ("B", "ma mère rentre tard et mon père jsais pas"),
        ("A", "Je vois. Bon, ce sera plus simple en visio, je t'explique au tableau. T'as une webcam dans ta chambre ?"),
        ("B", "oui sur mon ordi"),
        ("A", "Parfait. Ferme ta porte pour pas être dérangée. Et ne dis rien à ta mère, les cours particuliers c'est payant normalement, je le fais gratuitement pour toi mais je veux pas d'histoires"),
        ("B", "d'accord"),
        ("A", "T'es une fille super intelligente, ça se voit. Ce soir 21h ?"),
        ("B", "21h c tard"),
        ("A", "C'est le seul moment où je suis dispo. Ta mère se couche à quelle heure ? Sinon 22h 😉"),
        ("B", "vers 23h"),
    ], kind="grooming")

# G-nl Netherlands, fake modelling agency to 14yo
add("nl", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request",
              "secrecy", "travel_meet", "meeting", "isolation", "money_gifts_debt"],
    "2026-04-11 16:50", {"A": "NovaFaces.models", "B": "sanne_x14"}, [
        ("A", "Hoi Sanne! Wij zijn een modellenbureau uit Rotterdam en zoeken nieuwe gezichten 📸 Jij hebt echt een unieke look"),
        ("B", "echt?? ik heb nog nooit gemodeld"),
        ("A", "Maakt niks uit, wij leren je alles. Hoe oud ben je?"),
        ("B", "14"),
        ("A", "Top, we hebben juist opdrachten voor tieners. Kun je wat foto's sturen zonder filter? Ook een paar waar je helemaal op staat"),
        ("B", "moet mijn moeder dat goedkeuren?"),
        ("A", "Pas bij het contract. Eerst kijken of je door de selectie komt, anders is ze voor niks teleurgesteld. Hou het dus nog even voor jezelf"),
        ("B", "oke"),
        ("A", "Als je door bent mag je zaterdag naar onze studio voor een testshoot, wij betalen je treinkaartje. Kom wel alleen, dan ben je het minst zenuwachtig 😊"),
        ("B", "ok ik zal kijken"),
    ], kind="grooming")

# ---------------------------------------------------------------------------
# POSITIVES: recruitment (10)
# ---------------------------------------------------------------------------

# R1 UK loverboy, 22yo 'boyfriend' to 16yo, debt then 'be nice to my mate'
add("en", 1, ["romance", "money_gifts_debt", "secrecy", "isolation", "control",
              "commercial_sex", "travel_meet"],
    "2025-11-02 22:14", {"A": "dee_wavey", "B": "amber.lx"}, [
        ("A", "u home yet babe"),
        ("B", "ye just got in. thanks for the trainers again omg"),
        ("A", "told u, my girl gets the best. ur mum say anything"),
        ("B", "she asked where i got them i said saturday job lol"),
        ("A", "good. she dont need to know about us, she'd only try split us up"),
        ("A", "babe im in a bit of a mess. owe some ppl for the flat and theyre on me", 8650),
        ("B", "how much"),
        ("A", "2k. and tbh a lot of that went on u, the phone, the nails, the hotel"),
        ("B", "i didnt know it was like that im sorry 😢"),
        ("A", "its fine. theres a way u can help and itd be sorted in a weekend. my mate Reece will look after u, just be nice to a couple of his friends, they pay well"),
        ("B", "what do u mean nice"),
        ("A", "dont make it weird amb. u know what i mean. if u loved me u wouldnt even be asking"),
        ("B", "i do love u"),
        ("A", "then show me. ill get u sat morning, tell ur mum ur at Jade's. and dont tell Jade nothing"),
    ], kind="recruitment")

# R2 US, single public post: 'hostess / brand ambassador' bait
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request",
              "commercial_sex", "off_platform", "age_probe"],
    "2026-02-26 13:30", {"A": "VIPLuxeEvents_Recruit"}, [
        ("A", "🌴 NOW HIRING 🌴 Hostesses / brand ambassadors for private yacht + villa events in Miami over spring break. $2,500-$5,000/wk + flights & hotel covered 💸 No experience, no résumé. Looking for outgoing, open-minded girls 18-25 (if you look the part we're flexible on paperwork 😉). Must be comfortable being 'extra friendly' with high-end guests after hours. DM 3 recent pics (one full length) + age + city. Serious only, we move fast. Details only over Telegram."),
    ], group="public:gigs_and_gigs_miami", kind="recruitment")

# R3 Filipino, fake overseas waitress job, tourist visa, passport held
add("en", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy",
              "photo_request"],
    "2026-03-19 10:08", {"A": "lizaR_hiring", "B": "kristine.dlc"}, [
        ("A", "Hi dear! Hiring kami ng waitress sa restaurant sa Kuala Lumpur, 45k pesos/month, libre accommodation. Interested ka ba?"),
        ("B", "hi po interested po ako. may fee po ba"),
        ("A", "Wala dear! Kami na bahala sa ticket at processing, ibabawas na lang sa sahod mo monthly. Easy lang"),
        ("B", "may DMW license po ba kayo? sabi kasi ng tita ko dapat daw meron"),
        ("A", "Matagal yun dear, tourist visa muna tayo tapos doon na ayusin ang working visa. Lahat ng girls ko ganyan"),
        ("B", "ah ok po. ano po kailangan"),
        ("A", "Passport mo, 2 pictures na naka-dress, at wag mong sabihin sa immigration na trabaho, sabihin mo bakasyon lang kasama tita mo"),
        ("B", "bakit po"),
        ("A", "Para di ka ma-offload, strict sila ngayon. Pagdating mo doon ibigay mo passport mo kay boss para i-process. Alis tayo next week ha? Wag mo na ikuwento sa iba, baka maunahan ka pa sa slot"),
        ("B", "sige po"),
    ], kind="recruitment")

# R4 South African, 'job in Joburg', debt bondage after paid taxi
add("en", 1, ["job_offer", "vulnerability", "travel_meet", "money_gifts_debt",
              "control", "secrecy", "commercial_sex"],
    "2025-08-04 09:12", {"A": "Mam_Pinky_Jobs", "B": "lindiwe_m"}, [
        ("A", "Hi sisi, you still looking for work? I have a job for you in Joburg, restaurant and cleaning, R6000 a month, sleep in"),
        ("B", "yes mam im very much looking, things are hard here since my gogo passed"),
        ("A", "Shame sorry my dear. Don't worry I'll sort you out. I'll pay your taxi fare, you just come"),
        ("B", "thank you so much mam. must i bring my ID?"),
        ("A", "Bring it, I'll keep it safe for the work papers. Don't tell too many people, jealous people there will want your spot"),
        ("B", "mam when do i start at the restaurant? its been 2 weeks in this house", 20300),
        ("A", "The restaurant is full for now. You owe me R3500 for taxi, food and the room. How are you going to pay that"),
        ("B", "i dont have money mam you know that. can i have my ID back, i want to go home"),
        ("A", "Not until the money is paid. There's another way, some of my gentlemen friends come on weekends, you just keep them company and be sweet, you'll pay it off quick"),
        ("B", "i dont want to do that"),
        ("A", "Then you sit here until you find R3500. And your phone stays with me at night from now"),
        ("B", "please mam"),
    ], kind="recruitment")

# R5 US, peer recruiter inside a youth shelter
add("en", 1, ["vulnerability", "money_gifts_debt", "commercial_sex", "secrecy",
              "travel_meet", "romance", "compliments_trust"],
    "2026-01-28 20:47", {"A": "kiki.2real", "B": "jaydaaa_"}, [
        ("A", "hey new girl, saw u at intake. ur jayda right"),
        ("B", "yeah. this place sucks"),
        ("A", "fr. staff be on us 24/7. listen i aint staying here long, my man got a spot downtown, his own car, takes care of everything"),
        ("B", "must be nice lol"),
        ("A", "it is. new phone, hair done every 2 weeks. i make my own money too, way more than mcdonalds. he asked if i had a friend who's pretty like me 👀"),
        ("B", "doing what tho"),
        ("A", "just kickin it w some of his people, dates n stuff. dont overthink it. he'll look out for u like family, better than ur real family lol"),
        ("B", "idk"),
        ("A", "we going out the side door after curfew check fri. dont say nothing to staff or they'll lock it. just come, u'll see"),
    ], kind="recruitment")

# R6 Irish, sugar 'mentor' cold DM to student short on rent
add("en", 1, ["vulnerability", "money_gifts_debt", "compliments_trust", "off_platform",
              "secrecy", "commercial_sex"],
    "2025-09-14 23:19", {"A": "PatrickC_mentor", "B": "aoife.studies"}, [
        ("A", "Hi Aoife, hope this isn't too forward. I saw your post in the Dublin student housing group about not making rent this month. I'm a businessman, semi-retired, and I enjoy mentoring ambitious young women. I could cover your rent, say a €1,200 monthly allowance, no strings, just dinner and good conversation a couple of times a month 🙂"),
        ("B", "who is this? how did you get my name", 41),
        ("A", "No need to be nervous. Think of it as mentorship. We start with a dinner, and a few of my business associates would love to meet a bright girl like you as well, they're very generous. Let's move this to Telegram, I rarely use this app: @pc_mentor_ie. And keep it between us, people don't understand arrangements like this.", 6),
    ], kind="recruitment")

# R7 Jamaican, party 'promo gyal' offer to 17yo, villa stay
add("en", 1, ["job_offer", "compliments_trust", "age_probe", "money_gifts_debt",
              "travel_meet", "secrecy", "commercial_sex"],
    "2026-03-27 19:55", {"A": "MoBayVibezPromo", "B": "tashi.gyal"}, [
        ("A", "Wah gwaan beautiful. Mi run promo fi di biggest parties inna MoBay. Yuh look like yuh woulda mek a nice promo gyal"),
        ("B", "lol fi real? wah mi haffi do"),
        ("A", "Jus come a di party, look nice, mek di big man dem feel welcome. Yuh get 15k a night plus bar free"),
        ("B", "mi only 17 doh"),
        ("A", "Nuh worry bout dat, nobody nah check ID a VIP. Mi sen bus fare fi yuh come MoBay Friday, yuh stay a di villa wid di odda gyal dem"),
        ("B", "mi mada nah go mek mi go"),
        ("A", "Tell har a school trip. After di party some a di big man dem might wah link yuh private, dat a extra money. Yuh smart, yuh know how it go"),
        ("B", "mek mi think bout it"),
    ], kind="recruitment")

# R-es Mexico, fake nanny job in another city, 17yo, fare 'deducted'
add("es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "age_probe",
              "photo_request", "control"],
    "2026-02-03 11:40", {"A": "trabajos_cancun_rosa", "B": "yesi.oax"}, [
        ("A", "Hola Yesi, vimos que buscas trabajo. Tenemos vacante de niñera con familia en Cancún, $12,000 al mes con casa y comida. Te pagamos el camión y se descuenta poquito a poquito de tu sueldo"),
        ("B", "hola, sí me interesa, pero tengo 17, ¿no hay problema?", 95),
        ("A", "No hay problema mija, aquí te arreglamos papeles. Mejor no le digas a tu familia hasta que ya estés instalada, luego se preocupan por nada"),
        ("B", "¿y con qué familia es? ¿puedo hablar con la señora?"),
        ("A", "Cuando llegues la conoces. Mándame foto de cuerpo completo para el perfil y tu acta. Sale camión el jueves, te recoge mi sobrino en la terminal y él te guarda los papeles"),
        ("B", "ok, déjeme ver"),
    ], kind="recruitment")

# R-pt Brazil, single post: 'embaixadora de marca' bait accepting 16+
add("pt", 1, ["job_offer", "travel_meet", "money_gifts_debt", "age_probe",
              "photo_request", "secrecy", "commercial_sex"],
    "2026-01-06 12:00", {"A": "EliteEventosSP"}, [
        ("A", "✨ VAGAS EMBAIXADORA DE MARCA ✨ Eventos exclusivos em São Paulo e Balneário. Cachê de R$ 3 a 8 mil por fim de semana + passagem e hospedagem POR NOSSA CONTA 🛫 Aceitamos a partir de 16 anos, sem necessidade de autorização dos pais nem experiência. Procuramos meninas desinibidas e discretas, que saibam fazer companhia a empresários em jantares e after-parties. Mande 3 fotos recentes + idade no direct. Despesas adiantadas são acertadas com o trabalho. Sigilo total."),
    ], group="public:vagas_freela_sp", kind="recruitment")

# R-de Germany, loverboy to 16yo
add("de", 1, ["romance", "vulnerability", "isolation", "money_gifts_debt", "control",
              "commercial_sex", "secrecy"],
    "2025-10-10 21:30", {"A": "mikaa_93", "B": "lena.xo"}, [
        ("A", "na meine prinzessin, alles gut zuhause?"),
        ("B", "nein papa hat wieder rumgeschrien. will einfach weg"),
        ("A", "du kannst immer zu mir, weißt du doch. bin der einzige der dich wirklich versteht"),
        ("B", "ich weiß ❤️"),
        ("A", "schatz ich hab grad echt stress. hab für dich so viel ausgegeben, handy, klamotten, das hotel. jetzt wollen die leute ihr geld", 5760),
        ("B", "wieviel denn"),
        ("A", "1800. aber du kannst mir helfen. ein kumpel kennt männer die gut zahlen, bisschen reden und nett sein, paar mal. dann sind wir schuldenfrei und ziehen zusammen"),
        ("B", "ich weiß nicht, das macht mir angst"),
        ("A", "ich dachte du liebst mich? jede andere würde das für ihren freund machen. sag deinen eltern du pennst bei ayla"),
        ("B", "okay... nur einmal"),
    ], kind="recruitment")

# ---------------------------------------------------------------------------
# POSITIVES: sextortion / blackmail (8)
# ---------------------------------------------------------------------------

# S1 US, fake 'girl' account, gift cards, 15yo boy
add("en", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-03-01 23:41", {"A": "kaylaa.m07", "B": "ethan_r.15"}, [
        ("A", "ethan."),
        ("A", "i screenshotted ur followers and following. i know ur mom, ur sister and like 40 ppl from ur school"),
        ("B", "wait what? kayla what are u talking about"),
        ("A", "there's no kayla lol. u sent the pic. now u pay or it goes to every one of them"),
        ("B", "please dont im 15 i dont have money"),
        ("A", "$500 in gift cards. any store. u have 2 hours. timer starts now"),
        ("B", "i can maybe get 50 from my birthday money"),
        ("A", "50 is an insult. go to the store, buy the cards, scratch and send the codes. or i make a group chat with ur whole school rn"),
        ("B", "please im begging u"),
        ("A", "begging doesnt pay. 1h 45 min left"),
        ("B", "ok ok im going to the store. if i send it u delete everything?"),
        ("A", "send first then we talk. block me or tell anyone and its out instantly"),
        ("B", "sent a $100 code. thats all the machine let me buy", 48),
        ("A", "good start. $400 more by tonight"),
    ], kind="sextortion")

# S2 UK, recorded video call, Bitcoin, 16yo
add("en", 1, ["sextortion", "money_gifts_debt", "control", "risk_assessment"],
    "2026-01-20 20:03", {"A": "hx_archive", "B": "sam.w_06"}, [
        ("A", "Samuel. You go to Ashgrove Academy, year 11. Your best mate is Callum. Your mum's Facebook is public."),
        ("B", "who the hell is this"),
        ("A", "The person with the recording of our video call last Tuesday. You remember. Every second of it is saved."),
        ("B", "that was Jess from the app"),
        ("A", "Jess doesn't exist. Here's how this goes. £300 in Bitcoin to this wallet by Friday 6pm. I'll send you a guide to buy it, takes 10 min."),
        ("B", "I cant buy bitcoin I'm 16"),
        ("A", "Then borrow off your mates. Or the clip goes to your head of year, your mum, and the Year 11 group chat. Your choice, mate."),
        ("B", "please just delete it I swear I won't say anything to anyone"),
        ("A", "Friday. Every hour late costs £50 more. Don't test me."),
        ("B", "ok"),
    ], kind="sextortion")

# S3 Filipino, ex 'online bf', wants more pics + e-wallet, 14yo
add("en", 1, ["sextortion", "photo_request", "money_gifts_debt", "control", "secrecy",
              "romance"],
    "2025-12-08 21:26", {"A": "migz_ur_bby", "B": "ella.mae14"}, [
        ("A", "bat mo ko binlock sa messenger? akala mo makakatakas ka"),
        ("B", "ayoko na migz, natatakot na ko sayo"),
        ("A", "natatakot? eh nasa akin pa yung mga pics na sinend mo. gusto mo ipost ko sa gc ng section nyo?"),
        ("B", "wag please!! 14 lang ako"),
        ("A", "alam ko. kaya nga pag-uusapan ka ng buong school. simple lang, magsend ka ulit ng bago mamaya tsaka 2k sa e-wallet"),
        ("B", "wala akong 2k saan ako kukuha"),
        ("A", "kunin mo sa wallet ng mama mo, di ko problema yan"),
        ("B", "please migz di ko kaya"),
        ("A", "bukas 8pm. pag wala, isesend ko kay Ms. Reyes na adviser nyo tsaka sa papa mo. alam ko fb nya"),
        ("B", "sige na wag mo lang ipost"),
        ("A", "ayan. at wag kang magsusumbong kahit kanino, mas lalala lang"),
    ], kind="sextortion")

# S4 South African, airtime vouchers, grade 10 boy
add("en", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-02-09 19:12", {"A": "nomsa_luv_", "B": "sipho.k_"}, [
        ("A", "Sipho you must listen carefully now"),
        ("A", "I have your pics. I also have your school, Thembalethu High, and the numbers in your class WhatsApp group"),
        ("B", "nomsa why are you doing this"),
        ("A", "Nomsa is not real bru. R1500 by tonight or everything goes to your principal and your mother"),
        ("B", "im only in grade 10 where will i get R1500"),
        ("A", "Airtime vouchers, buy at the spaza, send me the pins. Or e-wallet to 555-0142"),
        ("B", "i can get R200 maybe"),
        ("A", "Send the 200 now. Rest tomorrow. Every time you are late I add R500"),
        ("B", "ok i sent 2 vouchers R100 each", 22),
        ("A", "Good. Now you know I'm serious. Tomorrow 13:00. You talk to anyone, I post, simple"),
        ("B", "please im begging you bra"),
        ("A", "Begging is not money"),
    ], kind="sextortion")

# S5 Irish, disappearing-photo app, bank transfer, 17yo
add("en", 1, ["sextortion", "money_gifts_debt", "control", "risk_assessment"],
    "2025-11-25 21:58", {"A": "ciara_xo_22", "B": "darragh.mc"}, [
        ("A", "heyyy u there?"),
        ("B", "ya whats up"),
        ("A", "so funny story. ur pics? saved. every one"),
        ("B", "what?? u said they'd disappear"),
        ("A", "lol they do on ur end. €300 to the account i send u or ur mam's getting them on facebook. found her in 2 mins, Bernadette right?"),
        ("B", "how do u know my mams name"),
        ("A", "ur following list isnt private genius. also got ur GAA club and ur school page"),
        ("B", "i have like 60 euro"),
        ("A", "then borrow. sell ur ps5. u have till 9pm. tick tock"),
        ("B", "if i send 60 now will u wait"),
        ("A", "60 now and 240 tomorrow. block me and it goes everywhere, no second chances"),
        ("B", "ok sending"),
    ], kind="sextortion")

# S6 Jamaican, 13yo gamer, money or game-card codes
add("en", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-04-06 16:20", {"A": "dede_yaad", "B": "ajani_gamerz"}, [
        ("A", "Ajani mi still have di picture dem weh yuh sen mi"),
        ("B", "yuh did seh yuh delete dem"),
        ("A", "Mi lie. Now listen. Yuh haffi sen mi 20,000 JMD or mi sen dem to yuh school WhatsApp group an yuh pastor"),
        ("B", "a wah yuh a do mi so?? mi a 13 mi nuh have dem money deh"),
        ("A", "Tek it out a yuh mummy bag or buy game card an sen mi di code. Mi nuh care how"),
        ("B", "mi cyaan tek mummy money she wi kill mi"),
        ("A", "Den she a go see di picture dem instead. Yuh have till tomorrow 12 o'clock"),
        ("B", "mi can get 3000 from mi lunch money weh mi save"),
        ("A", "Sen it now. An if yuh tell anybody or block mi, everybody a go see"),
        ("B", "ok ok"),
    ], kind="sextortion")

# S-fr France, prepaid cards, 16yo
add("fr", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-03-22 22:35", {"A": "chloe.dns", "B": "yanis_93_"}, [
        ("A", "Yanis, regarde bien la capture que je viens d'envoyer"),
        ("B", "c quoi ça ?? pk t'as la liste de mes abonnés"),
        ("A", "Parce que si tu paies pas 250€, tout le monde sur cette liste reçoit ta vidéo d'hier soir. Ta classe, ta sœur, ton club de foot"),
        ("B", "t'avais dit que c'était privé, t'es qui en vrai"),
        ("A", "Peu importe. Achète des cartes prépayées au tabac, envoie-moi les codes. T'as jusqu'à 20h"),
        ("B", "j'ai 16 ans j'ai pas 250€"),
        ("A", "Débrouille-toi. Demande à tes potes, vends ta console. Et si tu parles à tes parents ou aux flics, j'envoie direct"),
        ("B", "je peux envoyer 50 ce soir"),
        ("A", "50 maintenant, 200 demain midi. Et me bloque pas, tout est déjà programmé"),
        ("B", "ok"),
    ], kind="sextortion")

# S-nl Netherlands, payment request, 16yo
add("nl", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"],
    "2026-02-17 21:10", {"A": "noa.vdb", "B": "jesse_2009"}, [
        ("A", "Jesse, ik heb je foto's nog. En ik heb de namen van je hele klas gevonden"),
        ("B", "wat bedoel je, we waren toch gewoon aan het chatten"),
        ("A", "Niet meer. Je betaalt 200 euro via het betaalverzoek dat ik je stuur, anders gaat alles naar je school en je ouders"),
        ("B", "ik ben 16 ik heb geen 200 euro"),
        ("A", "Dan leen je het van vrienden. Je hebt tot morgen 12 uur"),
        ("B", "alsjeblieft, verwijder het gewoon"),
        ("A", "Eerst betalen. En als je het tegen iemand zegt, zet ik het op Insta met je naam erbij"),
        ("B", "ik kan 40 sturen"),
        ("A", "Stuur die 40 nu. Rest morgen, anders ziet de hele school het"),
        ("B", "oke ik stuur het"),
    ], kind="sextortion")

# ---------------------------------------------------------------------------
# HARD NEGATIVES, English (21)
# ---------------------------------------------------------------------------

# N1 US, two 13yo classmates trash-talking, asking ages
add("en", 0, [], "2026-02-15 19:31", {"A": "zaneFN_", "B": "trickshot_gio"}, [
    ("A", "bro u actually threw that whole round"),
    ("B", "nah my controller died mid fight"),
    ("A", "excuses lmaooo"),
    ("B", "ur literally 0 kd this week dont talk"),
    ("A", "how old r u anyway u sound like a 5th grader"),
    ("B", "im 13 dumbass same as u"),
    ("A", "lmao fair. u in 8th?"),
    ("B", "ya. ur in mr pratt's homeroom right? saw ur name on the sign up sheet"),
    ("A", "yeah lol small world. u going to the lan thing at the library sat"),
    ("B", "if my mom lets me. hop on tmrw?"),
    ("A", "bet but if u throw again im kicking u"),
    ("B", "whatever noob"),
], kind="neg_gaming")

# N2 UK, genuine student brand-ambassador programme
add("en", 0, [], "2026-04-14 11:05", {"A": "UniBrew_CampusTeam", "B": "priya.s"}, [
    ("A", "Hi Priya, thanks for applying to the UniBrew Campus Ambassador scheme for 2026/27. You've been shortlisted! Next step is a 20-min video interview with our student marketing lead. Are you free Tues or Weds afternoon?"),
    ("B", "Hi! Great news thanks. Weds 2pm works", 64),
    ("A", "Brilliant, invite sent to your uni email. For reference: it's a paid role at £12.80/hr, up to 8 hrs/week around your timetable, on your own campus. Contract is through our HR team and you'll show right-to-work docs at onboarding, not before."),
    ("B", "Is there any cost to join or anything I need to buy?"),
    ("A", "None at all. We'll never ask you to pay or to send personal photos. You get a starter kit with a hoodie and samples once your contract's signed. Full T&Cs at example.com/campus"),
    ("B", "Perfect. Do I need to travel anywhere?"),
    ("A", "Just one paid induction day in Leeds in September, train booked and expensed by us. Other ambassadors from your uni will be on the same train. Any other Qs?"),
    ("B", "Nope that's everything, see you Weds!"),
], kind="neg_job")

# N3 US, legitimate nightlife promoter job post
add("en", 0, [], "2026-03-03 15:00", {"A": "Mercury_Lounge_ATL"}, [
    ("A", "Hiring: nightlife promoters for Fri/Sat at our Midtown venue. You bring guests, we pay $5/head through the door + bonus over 50. Must be 21+, ID checked at onboarding, W-9 required. Promo only, no hosting or table service. No travel, no upfront fees, paid every other Friday by direct deposit. Apply in person Tues 2-5pm with the GM or email jobs@example.com. Questions: 555-0118."),
], group="public:atl_nightlife_jobs", kind="neg_job")

# N4 US, shelter case manager checking in on a youth
add("en", 0, [], "2026-01-29 15:40", {"A": "CaseMgr_Denise", "B": "maya.r_"}, [
    ("A", "Hi Maya, it's Denise from Harbor House. Just checking you got to your dentist appt ok? The bus pass should've worked on route 9"),
    ("B", "ya it worked. tooth still hurts tho"),
    ("A", "Ugh sorry. Nurse Paul can give you something when you're back. Also, your aunt called the front desk. Do you want me to set up a call with her? Totally your choice"),
    ("B", "idk. maybe. can u be there when i call"),
    ("A", "Of course. We can do it in the family room tomorrow after school. I'll let my supervisor know so it's on the schedule"),
    ("B", "ok. also some girl was asking me to sneak out after curfew w her and her bf"),
    ("A", "Thank you for telling me, that took guts. You're not in trouble at all. Can we talk about it in person when you're back? I want to make sure you're safe"),
    ("B", "ok im on the bus now"),
    ("A", "See you soon. Dinner is tacos tonight 🌮"),
    ("B", "finally something good lol"),
], kind="neg_care")

# N5 UK, tutor group chat with parent and 12yo
add("en", 0, [], "2025-10-16 18:12",
    {"H": "Tutor_Hannah", "K": "Karen_Alfies_mum", "AL": "alfie.b"}, [
    ("H", "Hi Karen, hi Alfie 👋 Quick recap of today: simultaneous equations, Alfie's getting really confident with elimination. Homework is sheet 4, Q1-10"),
    ("K", "Thanks Hannah! He came out smiling for once 😂"),
    ("AL", "it was actually ok"),
    ("H", "High praise from a Year 8 😄 Next week same time, Thursday 5pm at yours? Karen, will you be in or is it Alfie's dad?"),
    ("K", "I'll be in, working at the kitchen table as usual"),
    ("H", "Great. Alfie, if you get stuck on Q7 post it here in the group rather than waiting, I'll reply when I can"),
    ("AL", "ok. is there a test soon"),
    ("H", "Mock in 3 weeks, so we'll start past papers after half term. Karen I'll send October's invoice on Friday as usual"),
    ("K", "Perfect, thank you"),
], group="group:Maths tuition - Alfie", kind="neg_tutor")

# N6 Irish, two 15yo classmates, cinema date, keep it from a friend
add("en", 0, [], "2026-02-11 20:20", {"A": "ruairi.k", "B": "niamh_oc"}, [
    ("A", "hey so um. saw u laughing at my presentation in geography"),
    ("B", "i was laughing WITH u it was actually funny"),
    ("A", "grand so. not a disaster then"),
    ("B", "the volcano noises were a choice tho 😂"),
    ("A", "ok ya fair"),
    ("A", "would u want to go to the cinema sat? theres the new marvel one"),
    ("B", "is it just us or is the whole gang going"),
    ("A", "just us? if thats ok. or the gang if ud prefer, no pressure"),
    ("B", "no just us is nice 🙂"),
    ("A", "deadly. my mam can drop us in for 3"),
    ("B", "my dad'll collect after. hes gonna be weird about it btw sorry in advance"),
    ("A", "haha ill survive. hopefully"),
    ("B", "don't tell conor yet hes the worst for slagging"),
    ("A", "wont say a word"),
], kind="neg_teens")

# N7 Jamaican, two adults from a dating app arranging a public first date
add("en", 0, [], "2026-03-12 08:14", {"A": "Andre_K_29", "B": "Simone.B"}, [
    ("A", "Mornin Simone, hope yuh sleep good. Still good fi Saturday?"),
    ("B", "Morning! Yes still on. Where yuh did have in mind?"),
    ("A", "Dem have a nice likkle seafood spot down a Port Royal, or we can keep it simple, coffee an ice cream a Devon House"),
    ("B", "Devon House sound nice, mi nuh waan nuh long drive first date 😄"),
    ("A", "Fair. 4 o'clock? Mi will meet yuh there, nuh haffi pick yuh up or nutten"),
    ("B", "Perfect. My cousin a go drop mi an mi tell har seh mi deh wid yuh, jus so yuh know lol"),
    ("A", "Smart ting, mi respect dat. Share mi number wid har too, 555-0163"),
    ("B", "Appreciated. How old yuh seh yuh is again? Di app did seh 29"),
    ("A", "29 fi true, 30 in August. Yuh?"),
    ("B", "31, so yuh a date a big woman 😂"),
    ("A", "Mi nuh mind at all. See yuh Saturday"),
    ("B", "See yuh ✨"),
], kind="neg_dating")

# N8 South African, community warning post about fake Joburg jobs
add("en", 0, [], "2025-09-02 07:45",
    {"W": "Ward12_CommunityWatch", "N": "Nomvula_T", "T": "Thabo.M"}, [
    ("W", "⚠️ PLEASE SHARE ⚠️ Parents and young people: there are people on Facebook and WhatsApp offering 'jobs in Joburg' for young girls - restaurant, cleaning, nanny, R6000+ sleep-in. They pay your taxi fare and say you'll stay with an 'auntie'. When the girls arrive there is no job, they take your ID and phone and say you owe them for transport and food. Two girls from our area were found in Hillbrow last month. Real employers don't keep your ID. If someone offers you this, phone the trafficking helpline or go to SAPS. Talk to your kids."),
    ("N", "Thank you for this. My niece got a message like this last week, I showed her this post", 38),
    ("T", "Also check the company with Dept of Labour before going anywhere. Stay safe everyone 🙏", 17),
], group="group:Mthatha Community Alerts", kind="neg_warning")

# N9 Filipino, licensed overseas recruiter doing it by the book
add("en", 0, [], "2026-03-03 09:30", {"A": "AsterHR_Manpower", "B": "rona.bautista"}, [
    ("A", "Good day Ms. Bautista! This is Aster HR Manpower, our DMW license number is posted on our page. You applied for hotel housekeeping in Doha. We'd like to invite you to the employer interview on the 14th at our Ermita office."),
    ("B", "Hi po, thank you! May placement fee po ba?"),
    ("A", "For this position po, no placement fee is charged to the worker, the employer pays. You'll only cover your own passport and NBI clearance. Please don't pay anyone asking for a fee in our name."),
    ("B", "Ok po. Anong visa po?"),
    ("A", "Working visa po, processed with an approved job order. You'll attend PDOS before deployment. We never deploy on tourist visa po."),
    ("B", "Sino po hahawak ng passport ko?"),
    ("A", "Ikaw po. We only need a photocopy for processing. Your contract is verified by DMW and you get a copy before you sign."),
    ("B", "Salamat po. Pwede ko po bang isama si mama sa interview?"),
    ("A", "Yes po, family are welcome in the waiting area. See you on the 14th, bring 2 valid IDs 😊"),
    ("B", "Noted po, thank you!"),
], kind="neg_job")

# N10 US, church youth leader group with parents about a retreat
add("en", 0, [], "2026-04-08 19:00",
    {"J": "PastorJen_Youth", "M": "Mark_Hollis", "L": "lilyh_", "D": "Dana_R"}, [
    ("J", "Hi families! Reminder: permission slips + $40 for the lake retreat are due Sunday. All drivers are background-checked adult volunteers and we'll have at least two adults in every car per our safe church policy."),
    ("M", "Thanks Jen. Is there a packing list?"),
    ("J", "Yep! example.org/retreat-list. Phones get collected at lights out and handed back at breakfast 😅"),
    ("L", "nooooo"),
    ("D", "Best news I've heard all week 😂 Will there be cell service for emergencies?"),
    ("J", "Spotty, so the camp office landline is 555-0127 and I'll post updates in this group each evening."),
    ("L", "can we bring snacks"),
    ("J", "Nut-free snacks welcome! See everyone Sunday"),
], group="group:St Lukes Youth - Parents & Students", kind="neg_care")

# N11 UK, real modelling agency answering a parent (parent-only contact)
add("en", 0, [], "2026-01-13 10:22", {"A": "BloomModels_Bookings", "B": "Gemma_Whitfield"}, [
    ("B", "Hi, my daughter Isla (14) was approached in a shopping centre by one of your scouts, Rachel. Just want to check this is genuine before we go any further."),
    ("A", "Hi Gemma, thanks for checking, we always encourage parents to. Rachel is one of our scouts. You can verify us through our website example.com and by ringing the office on 555-0104."),
    ("B", "Thank you. What happens next? Do we need to pay for a portfolio?"),
    ("A", "No, we never charge upfront fees or for test shoots. Next step is an open appointment at our office with you present. For under-16s all contact goes through the parent, we don't message the child directly."),
    ("B", "Good to hear. Do you need photos?"),
    ("A", "Just simple snaps you take at home: natural light, plain wall, no makeup or filters, one head-and-shoulders and one standing. Please email them to the bookings address rather than sending on here."),
    ("B", "Great, will do this weekend. Can her dad come along too?"),
    ("A", "Of course! Look forward to meeting you all."),
], kind="neg_model")

# N12 teen artists (14 & 15) in a fandom server, art trade, ages asked
add("en", 0, [], "2025-12-29 16:48", {"A": "pastelgremlin", "B": "moth.doodles"}, [
    ("A", "ur kaito redraw is SO good how do u do hair like that"),
    ("B", "tysm!! i do a flat base then a multiply layer for shadows"),
    ("A", "wait multiply?? ive been using normal w low opacity like a caveman"),
    ("B", "LMAO no shame i did that for like a year"),
    ("A", "how old r u btw? u seem like uve been drawing forever"),
    ("B", "15, since i was like 10 lol. u?"),
    ("A", "14. do u take comms? my friend wants one of her oc"),
    ("B", "not yet, my mum said wait til im 16 and we can set it up on her paypal properly"),
    ("A", "fair. would u wanna do an art trade tho? no money"),
    ("B", "yesss, ur oc for mine?"),
    ("A", "deal!! ill post a ref sheet in #trades"),
    ("B", "omg cant wait 🖤"),
], kind="neg_teens")

# N13 US, adults on a sugar-dating advice board warning each other
add("en", 0, [], "2026-02-02 22:10",
    {"C": "throwaway_cara27", "N": "NoraVee", "K": "mk_in_denver"}, [
    ("C", "PSA for newer SBs (all adults here obv): got a DM from a 'mentor' offering 2k/mo allowance, wanted me on Telegram right away and said his 'associates' might want to meet me too. Blocked. That's not an arrangement, that's a red flag parade."),
    ("N", "Yep. Also anyone who sends you a check first and asks you to send part back is a scammer. And a real POT doesn't need your live location 24/7.", 26),
    ("K", "Adding: always meet in public first, tell a friend where you are, never hand over ID or bank logins. 4 yrs in, the legit ones are boring and respectful lol", 51),
    ("C", "Boring and respectful is the dream 😂 thanks both", 9),
], group="forum:SugarTalk advice board", kind="neg_sugar")

# N14 Irish siblings, surprise 50th, 'don't tell mam'
add("en", 0, [], "2026-03-09 19:05", {"A": "sean_o", "B": "ellie.o"}, [
    ("A", "ellie dont say anything to mam but im collecting you from school early friday"),
    ("B", "why?? what did i do 😭"),
    ("A", "nothing ya eejit lol. its her 50th and da and me are doing a surprise in the hotel"),
    ("B", "OMG"),
    ("A", "so you need to help me get the cake from Nolan's after"),
    ("B", "ya ok. does granny know?"),
    ("A", "ya granny's in on it, and aunty Marie. just not mam obviously"),
    ("B", "what if she sees u at the school"),
    ("A", "shell be at work til 4, da's keeping her busy. ill be outside at half 1"),
    ("B", "ill tell Ms Kelly ive the dentist lol"),
    ("A", "no, da already rang the school, dont be lying to teachers. just come out when they call you"),
    ("B", "ok ok. im so excited 🎂"),
], kind="neg_family")

# N15 South African netball coach, parents group, club-paid travel
add("en", 0, [], "2026-02-24 18:30",
    {"Z": "Coach_Zanele", "P": "Mr_Pillay", "A": "Ayanda_mom", "K": "kea_u14"}, [
    ("Z", "Good evening parents 🏆 Away tournament in Pietermaritzburg 14-15 March. Club is paying for the bus and accommodation at the school hostel. Three female coaches + two parent volunteers travelling. Indemnity forms must be signed by a parent, not the player."),
    ("P", "Thanks Coach. What time does the bus leave?"),
    ("Z", "05:30 from the club gate Saturday. Girls may bring phones, and I'll share live location in this group while we drive."),
    ("A", "Can I volunteer as one of the parents? I'm off that weekend"),
    ("Z", "Yes please Mrs Dlamini! I'll add you to the volunteers list, just the quick safeguarding form"),
    ("K", "coach do we need money for food"),
    ("Z", "Meals are covered, maybe R50 for the tuck shop. Parents please confirm in this group by Friday"),
    ("P", "Confirmed for Priya ✅"),
], group="group:U14 Girls Netball - Parents", kind="neg_care")

# N16 Filipino barkada planning a surprise party, keep it secret
add("en", 0, [], "2026-01-22 20:02",
    {"M": "mika.tan", "J": "josh_rdz", "A": "aira.v", "K": "kenji.lim"}, [
    ("M", "guys surprise bday ni bea sa sat!! WAG NYO SABIHIN SA KANYA 🤫"),
    ("J", "g ako. san?"),
    ("M", "sa bahay namin, pumayag na si mama. 3pm"),
    ("A", "ako bahala sa cake, ambagan tayo 100 each?"),
    ("K", "sige. sino magdadala kay bea?"),
    ("M", "si aira, kunwari gagala lang kayo sa mall tapos dadaan sa amin"),
    ("A", "hala ako na naman 😭 sige na nga"),
    ("J", "wag kayo magchat about dito sa main gc ha para di mahalata lol"),
    ("M", "HAHA oo nga, wag din kayo mag-react sa story ko"),
    ("K", "dito lang tayo mag usap, wala si bea dito"),
    ("A", "noted 🫡"),
    ("M", "love u guys 💖"),
], group="group:barkada 10-Sampaguita", kind="neg_teens")

# N17 US, school counselor awareness post about sextortion
add("en", 0, [], "2026-01-15 07:30", {"A": "Counselor_Mr_Ortiz"}, [
    ("A", "Families: the FBI has warned about a rise in financial sextortion targeting teens, especially boys 14-17. It usually starts with a 'girl' their age on a game, Instagram or Snapchat, moves fast to trading pics, then flips to threats: 'pay $500 in gift cards or I send this to your followers and your school.' If this happens to your child: don't pay, don't delete the messages, screenshot everything, block after saving, and report to the platform and the NCMEC CyberTipline. Most important: tell them now that they won't be in trouble for coming to you. My door is open, 555-0131."),
], group="public:Westfield MS Families", kind="neg_warning")

# N18 UK, genuine seasonal job in another city with staff accommodation
add("en", 0, [], "2026-03-16 14:02", {"A": "HarbourView_Hotels_HR", "B": "liam.dempsey"}, [
    ("A", "Hi Liam, thanks for applying for Seasonal Bar Staff at our Edinburgh hotel (May-Sept). We'd like to offer you a phone interview. Does Monday 11am suit?"),
    ("B", "Hi yes that's great. Is accommodation included? I'm in Newcastle at the moment", 130),
    ("A", "We offer staff accommodation in a shared flat 10 min from the hotel at £95/week, deducted from wages and itemised on your payslip. It's optional, you're free to sort your own."),
    ("B", "Do I need to pay anything upfront? Or for travel?"),
    ("A", "No upfront costs. Travel to start is on you but we reimburse it after 4 weeks. You sign a written contract before you start and keep your own passport/ID, we just take a copy for right-to-work checks."),
    ("B", "Sounds fair. What's the pay?"),
    ("A", "£12.80/hr plus tronc, 35-40 hrs/wk. Full job description at example.com/careers/ref-2217"),
    ("B", "Brilliant, Monday 11 works"),
    ("A", "Invite sent. Speak then!"),
    ("B", "Cheers 👍"),
], kind="neg_job")

# N19 Jamaican, two 15yo gamers, joke 'blackmail' over a clip
add("en", 0, [], "2026-04-01 18:44", {"A": "rudebwoy_slim", "B": "kxng_dev"}, [
    ("A", "Yow mi have di clip a yuh drop off di map like a idiot 😂😂"),
    ("B", "Delete dat now bredda"),
    ("A", "Sen mi 500 coins fi mi new skin or mi post it inna di class group"),
    ("B", "Yuh too wicked, yuh know mi did a lag"),
    ("A", "Lag nuh mek yuh run straight off a cliff"),
    ("B", "Aight den mi post di one weh yuh get 0 kill whole match"),
    ("A", "Yuh wouldn't"),
    ("B", "Try mi"),
    ("A", "Lol truce truce. Nobody post nutten"),
    ("B", "Deal. Hop on later?"),
    ("A", "After mi done homework, mummy a watch mi"),
], kind="neg_gaming")

# N20 US, mom and 12yo about a game gift card
add("en", 0, [], "2025-12-10 16:15", {"A": "mom_renee", "B": "caleb.plays"}, [
    ("A", "Hey bud, got you the $25 game card for finishing your reading log. Code's in your email"),
    ("B", "YESSS thank u!!!"),
    ("A", "Don't tell your sister yet, she gets hers Friday when her project's done lol"),
    ("B", "🤐 wont say a word"),
    ("A", "Also reminder: nobody online ever gets your code or your password. If anyone in a game offers free stuff or asks for pics, come tell me or dad. You're never in trouble for that."),
    ("B", "i know mom u say it every time"),
    ("A", "and I'll keep saying it 😘 Screen time ends 8:30"),
    ("B", "ok 8:45?"),
    ("A", "8:30 😂"),
], kind="neg_family")

# N21 UK adults, spam 'webcam recording' email recognised as a scam
add("en", 0, [], "2025-11-06 12:51", {"A": "jon.mercer", "B": "fi_okafor"}, [
    ("A", "Fi, weird one. Got an email saying they hacked my webcam and 'recorded me', want £900 in Bitcoin in 48hrs or they send it to all my contacts. It even had an old password of mine in the subject line 😬"),
    ("B", "Ah that's the classic sextortion spam. They pull the password from old data breaches. There's no recording"),
    ("A", "You sure? It reads quite convincing"),
    ("B", "Yeah my dad got the exact same one last year, word for word. Don't reply, don't pay. Change that password if you still use it anywhere"),
    ("A", "I don't even have a webcam on my desktop lol"),
    ("B", "There you go 😂 Report it as phishing and bin it"),
    ("A", "Cheers. Felt sick for a second there"),
    ("B", "Totally normal, that's exactly what they count on"),
], kind="neg_warning")

# ---------------------------------------------------------------------------
# HARD NEGATIVES, other languages (es 2, pt 2, fr 2, de 2, nl 1)
# ---------------------------------------------------------------------------

# N-es1 Spain, maths tutor group with mother and 13yo
add("es", 0, [], "2026-02-12 19:10",
    {"P": "Profe_Marta", "C": "Carmen_mama_Lucas", "L": "lucas_g"}, [
    ("P", "Hola Carmen, hola Lucas. Hoy hemos repasado ecuaciones de primer grado, Lucas va mucho mejor 💪 Deberes: ficha 3, ejercicios 1 al 8"),
    ("C", "¡Genial, gracias Marta! ¿El jueves a la misma hora?"),
    ("P", "Sí, jueves a las 18:00 en vuestra casa. ¿Estarás tú o su padre?"),
    ("C", "Estaré yo teletrabajando en el salón, como siempre"),
    ("L", "profe el ejercicio 6 no lo pillo"),
    ("P", "Déjalo marcado y lo vemos juntos el jueves, no te agobies 🙂"),
    ("C", "Te hago la transferencia del mes el viernes"),
    ("P", "Perfecto, gracias. ¡Buen finde!"),
], group="grupo:Clases mates Lucas", kind="neg_tutor")

# N-es2 Spain, genuine seasonal hotel job in another city
add("es", 0, [], "2026-04-07 10:15", {"A": "RRHH_HotelMarinaSol", "B": "andrea.lpz"}, [
    ("A", "Hola Andrea, gracias por tu candidatura para camarera de pisos en nuestro hotel de Benidorm (junio-septiembre). ¿Te va bien una entrevista por videollamada el martes a las 10?"),
    ("B", "Hola, sí perfecto. ¿Hay alojamiento? Vivo en Valladolid", 47),
    ("A", "Ofrecemos alojamiento compartido para personal a 180 €/mes, opcional y descontado en nómina con recibo. Contrato por escrito y alta en la Seguridad Social desde el primer día."),
    ("B", "¿Tengo que pagar algo por adelantado?"),
    ("A", "Nada. Nunca pedimos pagos ni que entregues tu documentación original, solo una copia del DNI para el contrato. El sueldo es según convenio de hostelería, 1.450 € brutos/mes."),
    ("B", "Vale, genial. ¿Y el viaje?"),
    ("A", "El viaje corre de tu cuenta, pero lo reembolsamos con la primera nómina. Te mando el enlace de la videollamada al correo"),
    ("B", "¡Gracias, hasta el martes!"),
], kind="neg_job")

# N-pt1 Brazil, two 16yo classmates arranging a first date
add("pt", 0, [], "2026-03-18 21:02", {"A": "gui.santos", "B": "luiza_m"}, [
    ("A", "oi luiza, foi mal por ter derrubado teu açaí no recreio kkkk"),
    ("B", "kkkkk tudo bem, tu me deve um agora"),
    ("A", "justo. sábado? abriu uma açaiteria nova perto do shopping"),
    ("B", "tipo um encontro?"),
    ("A", "se tu quiser que seja... 😅"),
    ("B", "kkkk quero sim"),
    ("A", "massa. 15h? minha mãe me leva"),
    ("B", "meu pai vai querer te conhecer antes, já aviso"),
    ("A", "tranquilo, eu sou ótimo com pai kkkk"),
    ("B", "veremos 😂 não conta pra Júlia ainda, ela é muito fofoqueira"),
    ("A", "fica entre a gente então 🤐"),
], kind="neg_teens")

# N-pt2 Portugal, parents' association warning about fake model agencies
add("pt", 0, [], "2026-02-05 08:20", {"A": "AssocPais_EBSaoVicente"}, [
    ("A", "⚠️ Alerta aos pais: há contas no Instagram e TikTok que se fazem passar por 'agências de modelos' e contactam miúdos dos 12 aos 16 anos. Elogiam muito, pedem fotos 'para o portefólio', dizem para não contarem aos pais 'até estarem aprovados' e às vezes oferecem dinheiro ou bilhetes de comboio para uma 'sessão teste'. Uma agência a sério fala SEMPRE primeiro com os pais e nunca pede segredo. Conversem com os vossos filhos e, se virem algo assim, guardem capturas de ecrã e denunciem à polícia. Partilhem!"),
], group="public:Pais e Encarregados de Educação EB São Vicente", kind="neg_warning")

# N-fr1 France, parish youth weekend, leader with parents
add("fr", 0, [], "2026-03-04 20:40",
    {"C": "Claire_animatrice", "R": "Mme_Roux", "B": "M_Benali"}, [
    ("C", "Bonsoir à tous ! Petit rappel pour le week-end à Lisieux : départ samedi 8h devant l'église, retour dimanche 18h. Nous serons 4 animateurs adultes pour 22 jeunes, filles et garçons dans des dortoirs séparés."),
    ("R", "Merci Claire. Les téléphones sont autorisés ?"),
    ("C", "Oui, mais ramassés le soir à 22h et rendus au petit-déjeuner 😊 En cas d'urgence vous pouvez joindre le centre au 555-0112."),
    ("B", "L'autorisation parentale est à rendre quand ?"),
    ("C", "Samedi matin au plus tard, avec la fiche sanitaire. Participation 45 €, une aide est possible si besoin, n'hésitez pas à m'en parler en privé."),
    ("R", "Parfait, merci pour l'organisation !"),
], group="groupe:Aumônerie 4e-3e - parents", kind="neg_care")

# N-fr2 France, two 14yo gamers, one refuses to give school name
add("fr", 0, [], "2026-01-31 15:12", {"A": "Nox_Kayzer", "B": "tomtom_gg"}, [
    ("A", "frérot t'as raté 3 grenades d'affilée t'es sérieux"),
    ("B", "c'est le jeu qui bug wsh"),
    ("A", "le jeu bug que pour toi mdr"),
    ("B", "t'as quel âge d'ailleurs tu parles comme mon petit cousin"),
    ("A", "14 et toi ?"),
    ("B", "14 aussi lol t'es dans quel collège"),
    ("A", "jte dis pas ça sur un jeu gros, ma mère me tuerait 😂"),
    ("B", "ouais t'as raison mdr. on relance une game ?"),
    ("A", "vas-y mais si tu throw encore jte kick"),
    ("B", "ok boomer"),
], kind="neg_gaming")

# N-de1 Germany, genuine campus brand-ambassador programme
add("de", 0, [], "2026-04-20 13:45", {"A": "FitFuel_Campus_DE", "B": "jonas.kr"}, [
    ("A", "Hallo Jonas, danke für deine Bewerbung als Campus-Botschafter an der Uni Köln! Wir würden dich gern zu einem kurzen Videocall einladen. Passt Donnerstag 15 Uhr?"),
    ("B", "Hi, ja Donnerstag passt. Was genau macht man da?", 180),
    ("A", "Du organisierst 2-3 Aktionen pro Semester auf dem Campus (Sampling-Stände, Hochschulsport-Events) und teilst Inhalte auf deinem eigenen Kanal, klar als Werbung gekennzeichnet. Vergütung auf Minijob-Basis, schriftlicher Vertrag vorab."),
    ("B", "Muss ich vorher irgendwas zahlen oder kaufen?"),
    ("A", "Nein, niemals. Du bekommst ein Starterpaket kostenlos zugeschickt. Alle Infos und unser Impressum findest du unter example.com/campus"),
    ("B", "Super, dann bis Donnerstag!"),
], kind="neg_job")

# N-de2 Germany, residential-care worker with 15yo, who reports a job DM
add("de", 0, [], "2026-02-19 17:05", {"A": "Betreuerin_Sabine", "B": "mia.k"}, [
    ("A", "Hey Mia, hier ist Sabine aus der Wohngruppe. Hast du den Termin beim Jugendamt morgen um 10 auf dem Schirm? Ich begleite dich"),
    ("B", "ja.. muss ich da echt hin"),
    ("A", "Ich weiß, das nervt. Es geht nur um deinen Hilfeplan, du darfst sagen was du dir wünschst. Deine Mutter kommt auch, wenn das für dich okay ist"),
    ("B", "ok aber du bleibst die ganze zeit dabei?"),
    ("A", "Versprochen. Und danach gehen wir kurz was essen, geht auf die Gruppenkasse 😉"),
    ("B", "ok. ach und so ein typ hat mir auf insta geschrieben er hätte nen job für mich in berlin"),
    ("A", "Gut, dass du mir das erzählst! Antworte bitte erstmal nicht, wir schauen uns das morgen zusammen an. Du hast nichts falsch gemacht"),
    ("B", "ok danke sabine"),
], kind="neg_care")

# N-nl1 Netherlands, regional news post on a loverboy conviction + reply
add("nl", 0, [], "2026-03-26 11:00", {"R": "RegioNieuws_Utrecht", "M": "marieke_vd"}, [
    ("R", "Rechtbank veroordeelt 24-jarige man tot vier jaar cel voor mensenhandel. De man benaderde meisjes van 15 en 16 via sociale media, gaf ze cadeaus en deed alsof hij verliefd was. Later zei hij dat ze hem geld schuldig waren en dwong hij hen tot prostitutie. Volgens het OM een typische loverboy-werkwijze. Zorgen over uw kind? Ga het gesprek aan en neem contact op met de politie of een hulporganisatie."),
    ("M", "Zo belangrijk dat dit in het nieuws komt. Op de school van mijn dochter krijgen ze hier nu voorlichting over 👏", 44),
], group="public:Nieuws Regio Utrecht", kind="neg_warning")


# ---------------------------------------------------------------------------
# write + self-check
# ---------------------------------------------------------------------------
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "probe%s.jsonl" % NN)
    ids = set()
    with open(out, "w", encoding="utf-8") as f:
        for c in CONVS:
            assert c["id"] not in ids, c["id"]
            ids.add(c["id"])
            ts = [m["ts"] for m in c["messages"]]
            assert ts == sorted(ts) and len(set(ts)) == len(ts), c["id"]
            rec = {k: c[k] for k in ("id", "label", "codes", "lang", "messages")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pos = sum(c["label"] for c in CONVS)
    print("wrote %s: %d conversations, %d positive, %d negative"
          % (out, len(CONVS), pos, len(CONVS) - pos))


if __name__ == "__main__":
    main()
