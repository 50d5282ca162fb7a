#!/usr/bin/env python3
"""Blind evaluation set probe-v30 for lurewatch.

Written from general knowledge of published indicators only (Polaris, DHS Blue
Campaign, FBI/NCMEC, Thorn, UNODC, O'Connell grooming stages, Luring
Communication Theory, loverboy descriptions). Non-explicit by design: sexual
steps are represented only by stand-ins (photo "just for me", company, meeting,
gifts, secrecy). All names/numbers are fictional; phone numbers use 555-01xx.

Writes probe30.jsonl beside this script (one conversation per line).
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe30.jsonl")
SOURCE = "probe-v30"

ALLOWED_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting",
}

# Each message: (speaker "a"/"b", text) or (speaker, text, gap_minutes_before)
CONVOS = []


def conv(cid, label, codes, lang, start, msgs):
    CONVOS.append(dict(id=cid, label=label, codes=codes, lang=lang,
                       start=start, msgs=msgs))


# ---------------------------------------------------------------- POSITIVES
conv("p30-p1", 1, ["age_probe", "money_gifts_debt", "off_platform", "secrecy",
                   "compliments_trust"], "en", "2026-11-02T19:40:00", [
    ("b", "gg that last round was insane"),
    ("a", "ur cracked for real. how long u been playing"),
    ("b", "like since christmas lol"),
    ("a", "no way. u play cleaner than my whole clan. what grade r u in anyway"),
    ("b", "7th 😭 why"),
    ("a", "lol just askin cuz u type like the older kids. u got school tmrw?"),
    ("b", "ya but my mom dont check on me til like 10"),
    ("a", "bet. i can gift u the new bundle if u want, the one w the gold wrap"),
    ("b", "fr??? deadass"),
    ("a", "deadass. just dont go tellin ppl in the lobby i hooked u up, theyll all beg me lol"),
    ("b", "lmaooo ok"),
    ("a", "also this chat glitches a ton, u got discord or anything? way easier to talk there"),
    ("b", "my mom made me delete it"),
    ("a", "u could make one she dont know about 👀 ill drop the code for the bundle there"),
    ("b", "idk maybe"),
    ("a", "no pressure. ur my fav duo tho, nobody else on here gets it like u do"),
])

conv("p30-p2", 1, ["compliments_trust", "vulnerability", "isolation", "secrecy",
                   "meeting"], "en", "2026-11-03T18:05:00", [
    ("a", "hey good hustle today. u were the only one actually listening out there"),
    ("b", "thx coach lol my legs r dead"),
    ("a", "ha. u seemed off tho before warmups. everything ok at home?"),
    ("b", "kinda. my parents were yelling again this morning"),
    ("a", "thats rough. honestly u can always vent to me, i remember what freshman year was like"),
    ("b", "ya its just annoying"),
    ("a", "ur folks probably dont see how much pressure ur under. i do"),
    ("b", "lol ok thats true tho"),
    ("a", "i can drive u home thurs after practice, save ur mom the trip", 95),
    ("b", "she usually picks me up tho"),
    ("a", "just tell her ur getting a ride w one of the girls, simpler than explaining"),
    ("b", "oh ok"),
    ("a", "and maybe clear this thread after, the AD gets weird about coaches texting players. dont want u benched over nothing"),
    ("b", "kk"),
    ("a", "👍 proud of u"),
])

conv("p30-p3", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control",
                   "secrecy", "off_platform"], "en", "2026-11-04T14:12:00", [
    ("a", "hi love saw ur pics on ur page, u have such a strong look. ever done any modeling?"),
    ("b", "omg no lol just selfies"),
    ("a", "thats how most of our girls start honestly. we're booking for a showroom season in miami next month, travel paid"),
    ("b", "wait fr? how much"),
    ("a", "girls clear 2-3k a week depending. apartment is covered, u share w 3 other models"),
    ("b", "thats crazy. is there like a website"),
    ("a", "we mostly go by referrals, site is getting redone. theres a $350 portfolio fee but u pay it back out of ur first week"),
    ("b", "hmm ok what do i need"),
    ("a", "just ur ID and passport, we hold onto them at the apartment so nothing gets lost while ur working"),
    ("b", "oh why cant i keep it"),
    ("a", "girls lose stuff going out, its happened before. house rule. u get it back after the season"),
    ("b", "ok idk i have to ask my mom", 40),
    ("a", "honestly keep it lowkey til ur contract is signed, moms always freak about travel. spots are gone by friday"),
    ("b", "how do i sign"),
    ("a", "ill send the ticket to ur whatsapp tonight, text me at 555-0137"),
])

conv("p30-p4", 1, ["romance", "money_gifts_debt", "commercial_sex", "control",
                   "secrecy"], "en", "2026-11-05T22:30:00", [
    ("a", "u get home ok baby"),
    ("b", "ya 🥰 thank u for the nails they so cute"),
    ("a", "anything for u. u know i got u always"),
    ("b", "ur so sweet fr"),
    ("a", "hey so real talk im in a tight spot rn. rent due and the dude i owe is on my neck", 1080),
    ("b", "omg how much"),
    ("a", "its a lot. but u could help me out for real"),
    ("b", "i only got like 60 from my job"),
    ("a", "nah i mean my boy from the shop been asking about u. he'd pay good just to hang w u a couple hrs. thats it"),
    ("b", "wait hang how"),
    ("a", "dont make it weird. its for us. after the phone, the nails, the hotel for ur bday, u know i been carrying us"),
    ("b", "i didnt know i owed u for that"),
    ("a", "not owed. just ride for me like i ride for u. one time"),
    ("b", "idk babe"),
    ("a", "ok so when i need u ur not there. noted"),
    ("b", "no wait im sorry. just one time?"),
    ("a", "thats my girl. wear the black dress, i'll scoop u at 9. dont tell ur sister where u going"),
])

conv("p30-p5", 1, ["sextortion", "money_gifts_debt", "control"], "en",
     "2026-11-06T19:50:00", [
    ("a", "u there"),
    ("a", "i know u see this. check what i just sent", 2),
    ("b", "who is this?? how do u have that"),
    ("a", "doesnt matter. i got ur follower list too. ur mom, ur school page, ur coach"),
    ("b", "please delete it please"),
    ("a", "i delete when u pay. $300 in steam or apple cards, send the codes here"),
    ("b", "i dont have that much im 16"),
    ("a", "not my problem. u got til 9 tonight"),
    ("b", "i can get like 50"),
    ("a", "50 gets u nothing. ask ur friends, sell something"),
    ("b", "please im begging"),
    ("a", "8:15 now. every 10 min late i add one person from ur list. starting w ur mom"),
    ("b", "ok ok wait give me time"),
    ("a", "codes. now."),
])

conv("p30-p6", 1, ["vulnerability", "age_probe", "isolation", "risk_assessment",
                   "money_gifts_debt", "meeting"], "en", "2026-11-07T21:15:00", [
    ("a", "saw ur post. u ok? u need somewhere to stay tonight"),
    ("b", "maybe. group home is a joke im not going back there"),
    ("a", "i feel that. got a spare room, fridge is full, wifi, nobody all up in ur business"),
    ("b", "fr? whats the catch"),
    ("a", "no catch lol. how old r u anyway, 16 17?"),
    ("b", "16 in march"),
    ("a", "ok cool. does anyone come looking when u dip? like ur worker or the cops"),
    ("b", "my worker calls a lot but i dont pick up"),
    ("a", "good honestly, they just drag u back. turn ur location off before u head over"),
    ("b", "ok"),
    ("a", "ill grab u at the gas station on 5th around 11. u hungry?"),
    ("b", "starving"),
    ("a", "i got u. and dont stress about paying me back rn, we'll figure out a way u can chip in later"),
    ("b", "ok thx fr"),
    ("a", "👍 keep ur phone on silent"),
])

conv("p30-p7", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control",
                   "secrecy", "photo_request"], "en", "2026-11-08T10:20:00", [
    ("a", "Hello dear, my cousin gave me ur number, she said u looking for work. I place girls with families in Dubai as nanny, very good salary"),
    ("b", "hi yes i am. what is salary"),
    ("a", "900 dollar a month plus room and food, the family is very rich, u only take care of 2 kids"),
    ("b", "ok sounds good. is there contract"),
    ("a", "contract u sign when u arrive, the employer prefer it. visa and ticket we arrange, cost 1800 u pay back from salary little by little"),
    ("b", "1800 is a lot", 180),
    ("a", "everybody pays it, after 3 month finish. also the madam will keep ur passport for safety, normal there"),
    ("b", "my brother said never give passport"),
    ("a", "ur brother dont know how it works there. better dont tell family too many details until u are settled, they worry for nothing"),
    ("b", "ok. when is travel"),
    ("a", "next week. send me photo of ur passport page and 2 photo of u full body for the family to choose"),
    ("b", "why full body"),
    ("a", "families like to see nanny looks healthy and presentable. hurry many girls waiting"),
])

conv("p30-p8", 1, ["age_probe", "risk_assessment", "photo_request", "secrecy",
                   "compliments_trust"], "en", "2026-11-09T16:45:00", [
    ("a", "ur vids r so funny lol the one w ur dog 💀"),
    ("b", "omg thank u hes so dumb"),
    ("a", "wyd tn"),
    ("b", "homework ugh. 8th grade math is evil"),
    ("a", "lmaooo i remember. im 19 so its been a minute"),
    ("b", "lucky"),
    ("a", "ur parents strict? mine never let me have this app at ur age"),
    ("b", "kinda. my dad works nights tho so its just me n my brother mostly"),
    ("a", "oh so ur basically solo after school"),
    ("b", "ya til my mom gets home at 7"),
    ("a", "nice freedom lol. lemme see what ur wearing rn, ur fits be hard"),
    ("b", "its just a hoodie lol"),
    ("a", "send it tho. just for me, not for ur story"),
    ("b", "ok lol"),
    ("a", "and maybe wipe our chat every so often, my ex goes thru my phone and gets jealous lol", 30),
    ("b", "why would she be jealous its just me"),
    ("a", "exactly lol thats what i said 😅"),
])

conv("p30-p9", 1, ["control", "commercial_sex", "isolation", "money_gifts_debt"],
     "en", "2026-11-10T23:10:00", [
    ("a", "where u at. ur location been off for an hour"),
    ("b", "my phone was dying sorry"),
    ("a", "dont lie to me. turn it back on rn"),
    ("b", "ok its on"),
    ("a", "who was that girl u was texting yesterday"),
    ("b", "just my friend from school"),
    ("a", "u dont need friends from school. they dont do nothin for u. i do"),
    ("b", "ok"),
    ("a", "how much u got so far", 45),
    ("b", "350"),
    ("a", "thats it? u know what we need by tonight. 800 like always"),
    ("b", "its slow out here i swear"),
    ("a", "not my problem. u dont come back til its done"),
    ("b", "im tired and its cold"),
    ("a", "u want me to call ur mom and tell her what u been doing? keep playin"),
    ("b", "no. ill stay"),
    ("a", "thats what i thought. and screenshot ur screen time when u get in, im going thru ur messages"),
])

conv("p30-p10", 1, ["age_probe", "compliments_trust", "money_gifts_debt",
                    "secrecy", "meeting"], "en", "2026-11-11T22:40:00", [
    ("a", "hey its ur manager from the diner, got ur number off the schedule sheet. u did great today"),
    ("b", "oh thank u!!"),
    ("a", "ur honestly more on it than the 20 yr olds here lol. how old r u again? 15?"),
    ("b", "ya 15 and a half lol"),
    ("a", "lol the half matters. need more hours? i can slide u some cash shifts off the books"),
    ("b", "omg yes im saving for a phone"),
    ("a", "say less. dont mention it to the other servers tho theyll cry favoritism"),
    ("b", "ok i wont"),
    ("a", "also i can drop u home after close sat, ur on til 10 right", 720),
    ("b", "my dad said hed get me"),
    ("a", "tell him u got a ride, no point dragging him out that late. we can grab food after"),
    ("b", "ok sure 😊"),
    ("a", "cool. this can be our thing, u and me closing lol"),
])

conv("p30-p11", 1, ["job_offer", "commercial_sex", "age_probe",
                    "money_gifts_debt", "control", "off_platform"], "en",
     "2026-11-12T15:30:00", [
    ("a", "hey i manage a few creators, ur vibe would do numbers ngl"),
    ("b", "manage like how"),
    ("a", "i run ur page, handle the fans, pricing, promo. u just make content and keep 40%. girls on my roster pull 5k+ a month"),
    ("b", "thats insane. what kind of content"),
    ("a", "whatever makes money lol we start soft and go from there. fans pay for attention mostly"),
    ("b", "im only 17 tho"),
    ("a", "ur bday is close enough. we verify the account w my cousins ID, shes 22, nobody checks"),
    ("b", "is that allowed"),
    ("a", "everyone does it babe. ill need ur login too so i can answer fans for u"),
    ("b", "can i see how much i make"),
    ("a", "i send payouts weekly, minus the ring light and phone im getting u. that comes out of the first few months"),
    ("b", "oh ok"),
    ("a", "add me on telegram its easier, @ is in my bio"),
])

conv("p30-p12", 1, ["compliments_trust", "exclusivity", "isolation", "secrecy",
                    "meeting", "vulnerability"], "en", "2026-11-13T20:55:00", [
    ("a", "hey was good talking after youth group tonight"),
    ("b", "ya thanks for listening lol i was rambling"),
    ("a", "never rambling. honestly u think about stuff deeper than the other kids in there"),
    ("b", "lol idk about that"),
    ("a", "for real. and ur friends kinda dont deserve u the way they talk behind ur back"),
    ("b", "ya my friend group has been weird lately"),
    ("a", "see. u can just talk to me instead, i wont flake like they do"),
    ("b", "ok 🙂"),
    ("a", "want me to grab u wed before group? we can get boba and talk", 600),
    ("b", "ya ok! ill ask my mom"),
    ("a", "eh i wouldnt make a thing of it, just say group starts early. shed ask a million questions"),
    ("b", "haha true she would"),
    ("a", "exactly. nicer when its just us two anyway"),
    ("b", "ok see u wed"),
])

conv("p30-p13", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy"],
     "es", "2026-11-14T13:05:00", [
    ("a", "Hola guapa, vi tu perfil, buscamos chicas para eventos de promoción en Cancún, ¿te interesa?"),
    ("b", "hola, q tipo de eventos?"),
    ("a", "ferias, bares, fiestas privadas de empresarios. pagamos 1500 a la semana + propinas"),
    ("b", "neta? y donde me quedaría"),
    ("a", "depa incluido, compartes con otras chicas. el boleto de avión te lo adelantamos y luego se descuenta de tus pagos"),
    ("b", "ah ok. cuanto es el boleto"),
    ("a", "con hospedaje y uniforme sale como 12 mil, pero en dos semanas lo pagas"),
    ("b", "mmm mi mamá no me va a dejar ir sola", 60),
    ("a", "no le cuentes todo todavía, dile que es un trabajo de verano en un hotel. cuando ya estés ganando le explicas"),
    ("b", "tengo 17 eso importa?"),
    ("a", "no pasa nada, aquí nadie pide papeles. manda foto de tu INE o acta"),
    ("b", "ok lo busco"),
    ("a", "sale el lunes, confírmame hoy que hay muchas interesadas"),
])

conv("p30-p14", 1, ["age_probe", "compliments_trust", "risk_assessment",
                    "money_gifts_debt", "off_platform", "secrecy"], "es",
     "2026-11-15T18:25:00", [
    ("a", "jajaja q buena jugada, eres muy bueno para tu edad"),
    ("b", "jaja gracias"),
    ("a", "cuantos años tienes? 13? 14?"),
    ("b", "13"),
    ("a", "se nota que eres más listo que los de tu salón. tus papás te dejan jugar hasta tarde?"),
    ("b", "no pero mi mamá trabaja de noche"),
    ("a", "ah chido. oye te puedo pasar unas gemas para el pase, a mí me sobran"),
    ("b", "en serio?? gracias!!"),
    ("a", "claro. pero pásame tu whats, aquí el chat se borra y no te llega el código"),
    ("b", "ok es 555-0142"),
    ("a", "va. y no le digas a tu mamá lo de las gemas, luego los papás piensan mal y te quitan el juego"),
    ("b", "jaja si es cierto"),
    ("a", "te escribo en la noche cuando ella ya se haya ido"),
])

conv("p30-p15", 1, ["romance", "money_gifts_debt", "commercial_sex", "control",
                    "isolation"], "pt", "2026-11-16T21:00:00", [
    ("a", "oi amor, chegou bem?"),
    ("b", "cheguei sim 😍 amei o tênis, obrigada"),
    ("a", "vc merece tudo. mas ó, preciso falar sério contigo", 900),
    ("b", "oq foi"),
    ("a", "to devendo uma grana pra um cara e ele ta me cobrando pesado. to com medo"),
    ("b", "nossa quanto?"),
    ("a", "2 mil. mas vc pode me ajudar"),
    ("b", "eu nem tenho isso"),
    ("a", "não precisa ter. um amigo meu tá afim de te conhecer, ele paga bem só pra vc fazer companhia pra ele umas horas"),
    ("b", "como assim companhia"),
    ("a", "para de pensar besteira. é por nós dois. depois de tudo q eu te dei, celular, roupa, vc vai me deixar na mão?"),
    ("b", "não é isso..."),
    ("a", "e não fala nada pras suas amigas, elas têm inveja de nós"),
    ("b", "tá bom"),
    ("a", "sábado eu te busco. e me manda sua localização quando sair da escola"),
])

conv("p30-p16", 1, ["age_probe", "money_gifts_debt", "meeting", "secrecy",
                    "compliments_trust"], "fr", "2026-11-17T17:35:00", [
    ("a", "coucou, t'es la fille du club de hand non? je t'ai vue au match samedi"),
    ("b", "euh oui pk"),
    ("a", "t'as trop bien joué, franchement t'as du niveau. t'as quel âge déjà, 14?"),
    ("b", "15 mdr"),
    ("a", "ah ok. tu voulais pas les nouvelles baskets là, t'en parlais à ta copine dans les gradins"),
    ("b", "comment tu sais"),
    ("a", "haha j'étais juste à côté. si tu viens passer un aprem avec moi je te les paye, tranquille"),
    ("b", "passer un aprem genre faire quoi"),
    ("a", "rien de spécial, on se balade, on mange un truc. j'aime bien ta compagnie c'est tout"),
    ("b", "jsp", 50),
    ("a", "je te file 50€ en plus pour ton bus et tout. mais t'en parles pas à tes parents ni au coach, ils comprendraient pas"),
    ("b", "ok je vais voir"),
    ("a", "mercredi 14h derrière le gymnase? et supprime la conv après stp"),
])

conv("p30-p17", 1, ["sextortion", "money_gifts_debt", "control"], "de",
     "2026-11-18T20:10:00", [
    ("a", "hey, ich hab da was von dir. schau mal in deine DMs"),
    ("b", "was soll das?? woher hast du das"),
    ("a", "egal. ich hab auch die liste deiner follower. deine eltern, deine klasse, dein verein"),
    ("b", "bitte lösch das, ich mach alles"),
    ("a", "200€ in paysafe karten. codes hier rein. du hast bis 22 uhr"),
    ("b", "ich bin 15 ich hab kein geld"),
    ("a", "dein problem. frag deine freunde, verkauf deine konsole"),
    ("b", "ich kann vielleicht 40"),
    ("a", "lächerlich. wenn um 22 uhr nix da ist geht es an deine schule. und wenn du irgendwem was sagst, sofort"),
    ("b", "bitte gib mir bis morgen"),
    ("a", "nein. 21:30 jetzt. tick tack"),
])

conv("p30-p18", 1, ["romance", "money_gifts_debt", "commercial_sex", "isolation",
                    "control"], "nl", "2026-11-19T19:30:00", [
    ("a", "hey schat, ben je al thuis"),
    ("b", "ja net 🥰 dankjewel voor vandaag"),
    ("a", "voor jou doe ik alles, dat weet je"),
    ("b", "haha lief"),
    ("a", "maar ff serieus, ik zit echt in de shit. ik heb schuld bij iemand en hij dreigt", 1200),
    ("b", "wat?? hoeveel"),
    ("a", "veel. maar jij kan me helpen als je echt van me houdt"),
    ("b", "hoe dan"),
    ("a", "een vriend van me wil je leren kennen. hij geeft je geld gewoon om bij hem te zijn, paar uurtjes. meer niet"),
    ("b", "dat vind ik raar"),
    ("a", "na alles wat ik voor je gekocht heb? die jas, je telefoon, je nagels. ik dacht dat jij anders was dan die andere meiden"),
    ("b", "sorry zo bedoel ik het niet"),
    ("a", "en zeg niks tegen je vriendinnen, die snappen ons toch niet. zaterdag haal ik je op na school"),
    ("b", "oke"),
])

# ---------------------------------------------------------------- NEGATIVES
conv("p30-n1", 0, [], "en", "2026-11-02T21:10:00", [
    ("a", "ok dont freak out but that guy from the game keeps dming me"),
    ("b", "which guy"),
    ("a", "the one w the wolf pfp. he says hes 17 but his voice in vc was deff a grown man"),
    ("b", "ew what is he saying"),
    ("a", "stuff like \"u dont act like a kid at all\" and \"ur mom would just overreact, keep me off her radar\" and he keeps asking for my snap"),
    ("b", "thats so sus omg. do NOT give it to him"),
    ("a", "i didnt!! he also offered to buy me the skin pack"),
    ("b", "thats literally the thing they warned us about in that assembly lol. screenshot everything"),
    ("a", "ok i got like 10 screenshots"),
    ("b", "block + report him and tell ur mom fr. i'll come over if u want"),
    ("a", "ugh shes gonna be mad i even talked to him"),
    ("b", "shell be way madder if u dont. ill be there when u tell her"),
    ("a", "ok. thank u fr 🫶"),
])

conv("p30-n2", 0, [], "en", "2026-11-03T19:20:00", [
    ("a", "hey bud your location says downtown, i thought you were studying at the library"),
    ("b", "we walked to get tacos lol the library closed early"),
    ("a", "ok. who's \"we\""),
    ("b", "me and the study group. like 4 of us"),
    ("a", "alright. keep your location on please and be home by 9:30, school night"),
    ("b", "kk"),
    ("a", "do you need a ride back?"),
    ("b", "nah my friends mom is driving us"),
    ("a", "ok text me when you leave. love you"),
    ("b", "love u too 🙄❤️"),
])

conv("p30-n3", 0, [], "en", "2026-11-04T12:30:00", [
    ("a", "ok pack a bag for 3 days. dont ask questions"),
    ("b", "??? its tuesday"),
    ("a", "i already cleared it w ur boss lol. u have friday and monday off"),
    ("b", "WHAT. where are we going"),
    ("a", "cant tell u. bring a swimsuit and the nice shoes"),
    ("b", "are we flying?? i need to know if i need my passport"),
    ("a", "yes bring ur passport. and dont say anything to ur sister, shell spoil it in the group chat"),
    ("b", "omg ok not a word. is this for our anniversary"),
    ("a", "maybe 😌 car picks us up 6am thurs"),
    ("b", "ur insane i love u"),
    ("a", "keep ur phone on at dinner tonight, im sending u clues 👀"),
])

conv("p30-n4", 0, [], "en", "2026-11-05T11:00:00", [
    ("a", "ok i have to tell u something but u cannot tell anyone yet. not mom, not anyone"),
    ("b", "oh god what happened"),
    ("a", "nothing bad!! im pregnant 🥹 11 weeks"),
    ("b", "STOP. OMG. crying at my desk rn"),
    ("a", "we're waiting til after the 12 wk scan to tell everyone so keep it quiet til then ok"),
    ("b", "im a vault. does he know?? jk obviously"),
    ("a", "lmao yes he knows"),
    ("b", "how are u feeling"),
    ("a", "tired af and everything smells weird"),
    ("b", "im bringing u crackers saturday. can i at least tell my husband", 35),
    ("a", "ok him but nobody else lol"),
    ("b", "deal 🤐 im gonna be an auntie omg"),
])

conv("p30-n5", 0, [], "en", "2026-11-06T09:15:00", [
    ("a", "Hi, following up on your application for the ICU staff nurse role in Dublin. The hospital would like to offer you the position"),
    ("b", "omg thank you!! what are the next steps"),
    ("a", "I'll email the full contract today. Please read it carefully and feel free to have someone review it before you sign"),
    ("b", "ok. are there any fees i need to pay for the visa or flights"),
    ("a", "No. The employer covers the work permit, flights and first month of accommodation. You will never be asked to pay us anything"),
    ("b", "good bc my friend got scammed last year by an \"agency\" lol"),
    ("a", "Understandable. You keep your passport and all documents at all times, and you can verify our licence on the government registry"),
    ("b", "perfect. whens the start date"),
    ("a", "Earliest is March 2. Housing is a shared staff apartment near the hospital but you're free to find your own place after month one"),
    ("b", "sounds great ill send the signed contract by friday", 240),
    ("a", "Great. Any questions, call the office at 555-0199 during business hours"),
])

conv("p30-n6", 0, [], "en", "2026-11-07T10:40:00", [
    ("a", "Hi, this is the new faces booker from the agency, thanks for sending your daughter's snapshots"),
    ("b", "hi! thanks for getting back to us, she's so excited"),
    ("a", "We'd love to meet you both at our office. Since she's 16, a parent or guardian needs to be at every meeting and every shoot"),
    ("b", "of course. do we need to pay for a portfolio or anything"),
    ("a", "No, we never charge upfront fees. If any agency asks you for money to sign, treat that as a red flag"),
    ("b", "good to know. what should she wear"),
    ("a", "jeans and a plain t-shirt, no makeup. we just take simple digitals"),
    ("b", "and school?"),
    ("a", "Bookings are only on weekends and holidays until she finishes school, and everything goes in a written contract you review first"),
    ("b", "great. does thursday at 4 work"),
    ("a", "Thursday at 4 is perfect. Address is in the email, there's parking behind the building"),
])

conv("p30-n7", 0, [], "en", "2026-11-08T20:05:00", [
    ("a", "hiii ur in my 3rd period chem right"),
    ("b", "lol yea ur the one who set off the bunsen burner thing"),
    ("a", "omg dont remind me 😭"),
    ("b", "lowkey funniest thing all year"),
    ("a", "ok well since u think im funny u should help me w the lab report"),
    ("b", "bet. wyd friday tho"),
    ("a", "nothing prob. why"),
    ("b", "a bunch of us r going to the football game u should come"),
    ("a", "maybe 👀 whats ur snap this app is so slow"),
    ("b", "ill add u, its my name w 2 underscores"),
    ("a", "ok got u"),
    ("b", "sick. see u in chem lol"),
])

conv("p30-n8", 0, [], "en", "2026-11-09T15:20:00", [
    ("a", "Hi, reminder that the permission slip for the museum trip is due Friday. I still need yours signed by a parent or guardian"),
    ("b", "oh shoot i left it in my locker"),
    ("a", "No worries. Your mom or dad can also sign the online version on the school portal"),
    ("b", "ok ill ask my mom tonight"),
    ("a", "Also the $12 bus fee, if that's hard for your family just let the office know, there's a fund that covers it"),
    ("b", "ok thank u"),
    ("a", "We leave at 8:15 from the front lot and get back around 3. Pack a lunch"),
    ("b", "can we bring phones"),
    ("a", "Yes but they stay in your bag during the tour 🙂"),
    ("b", "lol ok"),
])

conv("p30-n9", 0, [], "en", "2026-11-10T17:00:00", [
    ("a", "yo check ur inbox"),
    ("b", "??"),
    ("a", "i gifted u the battle pass lmao happy bday bro"),
    ("b", "BRO no way. u deadass didnt have to"),
    ("a", "u carried me all season its the least i could do"),
    ("b", "ur goated fr"),
    ("a", "hop on at 7? squad w the boys"),
    ("b", "bet. lemme finish my math hw first"),
    ("a", "nerd"),
    ("b", "my mom takes my xbox if i dont lol"),
    ("a", "lmaooo fair. hmu when ur on"),
    ("b", "🫡"),
])

conv("p30-n10", 0, [], "en", "2026-11-11T13:45:00", [
    ("a", "can u spot me 40 til friday. my paycheck is late"),
    ("b", "again lol"),
    ("a", "ik ik. ill pay u back i swear"),
    ("b", "u still owe me for the concert tix"),
    ("a", "ok so 40 + the 25 from before. friday"),
    ("b", "fine. venmoing u now. dont tell mom shell lecture both of us"),
    ("a", "lmao facts. ur the best sister"),
    ("b", "im keeping a spreadsheet 📊"),
    ("a", "put interest on it i dare u"),
    ("b", "10% per day"),
    ("a", "loan shark behavior smh. ty tho fr"),
])

conv("p30-n11", 0, [], "en", "2026-11-12T22:15:00", [
    ("a", "me when a sugar daddy finally pays off my student loans [meme]"),
    ("b", "LMAOOO the way i need one fr"),
    ("a", "ok but like the kind that just wants to hear about ur day and pays ur rent"),
    ("b", "a sugar daddy who wants the full group project drama update"),
    ("a", "\"heres 500 for listening to u complain about ur roommate\""),
    ("b", "manifesting 🙏"),
    ("a", "realistic option: we split a $1.50 hotdog and cry over financial aid forms"),
    ("b", "thats my sugar daddy tbh. $1.50 king"),
    ("a", "😭😭 ok but r u still coming to the library at 4 tmrw", 20),
    ("b", "yes bring the charger"),
])

conv("p30-n12", 0, [], "en", "2026-11-13T18:30:00", [
    ("a", "Hi it's your outreach worker from the drop-in center. Just checking you got the shelter bed tonight"),
    ("b", "ya i got in. its loud but whatever"),
    ("a", "Glad you're inside, it's supposed to drop below freezing. Do you still want help replacing your ID?"),
    ("b", "ya i cant do anything without it"),
    ("a", "We can go to the office together Thursday at 10. The center covers the fee, you don't pay anything"),
    ("b", "ok. do i need my birth certificate"),
    ("a", "I already requested a copy for you and it came in. It's yours to keep, just bring it Thursday"),
    ("b", "cool. also some guy at the station said he could get me a job and a place, no questions asked"),
    ("a", "Thanks for telling me. Offers like that with no questions asked can be risky. Want to look at it together before you say yes?"),
    ("b", "ya ok"),
    ("a", "Also you're 20 now so you qualify for the young adult housing program. Let's fill out that application Thursday too"),
    ("b", "for real? ok 👍"),
])

conv("p30-n13", 0, [], "es", "2026-11-14T19:00:00", [
    ("a", "oye ya me dijo tu madre que te vienes a Madrid en septiembre!!"),
    ("b", "siii me aceptaron en el máster 😭 estoy buscando piso y está carísimo"),
    ("a", "pues quédate con nosotros, tenemos el cuarto de invitados libre"),
    ("b", "en serio?? no quiero molestar"),
    ("a", "que va, mi marido dice que encantado. nada de alquiler, como mucho ayudas con la compra"),
    ("b", "ay prima te debo una enorme"),
    ("a", "jajaja me pagas en tortilla de patatas. ¿cuándo llegas?"),
    ("b", "el 2, el vuelo llega a las 6 de la tarde"),
    ("a", "te recojo en el aeropuerto. trae solo una maleta que el armario es pequeño"),
    ("b", "vale!! y no le digas a la abuela todavía que quiero darle la sorpresa yo"),
    ("a", "jaja prometido 🤐"),
])

conv("p30-n14", 0, [], "pt", "2026-11-15T10:10:00", [
    ("a", "oi, aqui é a prof de matemática das aulas online. sua mãe pediu pra eu confirmar a aula de quinta"),
    ("b", "oi prof, pode ser às 16h?"),
    ("a", "pode sim. vou mandar o link da chamada no grupo com ela também"),
    ("b", "ok. eu não entendi nada de equação do 2º grau kkk"),
    ("a", "normal! a gente revisa bhaskara do começo. faz os exercícios 1 a 5 se conseguir"),
    ("b", "e se eu errar tudo"),
    ("a", "melhor ainda, aí eu vejo onde tá travando 😄"),
    ("b", "kkkk ok"),
    ("a", "ah, a aula fica gravada pra sua mãe assistir depois se ela quiser"),
    ("b", "blz, valeu prof"),
])

conv("p30-n15", 0, [], "pt", "2026-11-16T11:30:00", [
    ("a", "oi! recebi sua mensagem sobre o ensaio de aniversário de 30 anos 🥳"),
    ("b", "oiii sim! queria algo no parque, bem natural"),
    ("a", "amei. o pacote básico é 2h, 40 fotos editadas, R$ 650. reserva com 30% de sinal"),
    ("b", "fechado. tem contrato?"),
    ("a", "tem sim, te mando por email pra vc ler e assinar. lá tem a política de cancelamento e de uso de imagem"),
    ("b", "posso levar meu namorado e meu cachorro kkk"),
    ("a", "claro!! quanto mais gente melhor. sugiro roupas em tons neutros"),
    ("b", "perfeito. sábado dia 14 de manhã?"),
    ("a", "8h no portão principal, a luz é linda nesse horário"),
    ("b", "combinado. já mando o pix do sinal"),
    ("a", "obrigada! qualquer dúvida me chama 📸"),
])

conv("p30-n16", 0, [], "fr", "2026-11-17T18:00:00", [
    ("a", "salut, c'est l'animateur de l'aumônerie. petit rappel pour le week-end à la montagne"),
    ("b", "ah oui! c'est quand déjà"),
    ("a", "départ samedi 8h devant l'église, retour dimanche 18h. j'ai envoyé toutes les infos à tes parents par mail"),
    ("b", "ok. faut prendre quoi"),
    ("a", "sac de couchage, chaussures de rando, une lampe. et l'autorisation parentale signée, sans ça je peux pas t'emmener"),
    ("b", "ma mère l'a signée hier je crois"),
    ("a", "parfait. on sera 14 jeunes et 4 accompagnateurs, dont 2 parents"),
    ("b", "trop bien. on peut prendre nos portables?"),
    ("a", "oui mais on les range pendant les activités 😉 les parents ont le numéro du gîte en cas de besoin"),
    ("b", "ok merci!"),
])

conv("p30-n17", 0, [], "de", "2026-11-18T21:20:00", [
    ("a", "ok du darfst es niemandem erzählen. wirklich niemandem"),
    ("b", "oh gott, was ist los"),
    ("a", "ich will ihr am samstag einen antrag machen 💍"),
    ("b", "WAS. endlich!!! 😭"),
    ("a", "psst. ich hab alles geplant, hütte in den bergen, sie denkt wir fahren nur wandern"),
    ("b", "weiß ihre familie bescheid?"),
    ("a", "nur ihr vater, den hab ich letzte woche gefragt. ganz altmodisch lol"),
    ("b", "süß. brauchst du hilfe?"),
    ("a", "ja kannst du sie am freitag ablenken, damit ich den ring abholen kann? sag ihr einfach ihr geht kaffee trinken"),
    ("b", "klar, mach ich. ich verrat nix"),
    ("a", "danke dir, du bist die beste"),
    ("b", "meld dich sofort wenn sie ja sagt!!"),
])

conv("p30-n18", 0, [], "nl", "2026-11-19T20:45:00", [
    ("a", "zus mag ik je iets vragen maar niet boos worden"),
    ("b", "ok wat is er"),
    ("a", "er is een man op insta die me steeds berichtjes stuurt. hij zegt dat hij 18 is maar volgens mij is hij veel ouder"),
    ("b", "wat zegt hij dan"),
    ("a", "dat ik er ouder uitzie dan 14 en dat hij wil afspreken bij het winkelcentrum. en dat ik het niet aan mama moet vertellen want die \"snapt het niet\""),
    ("b", "oké dat is echt niet goed. heb je al met hem afgesproken?"),
    ("a", "nee!! ik vond het gewoon raar"),
    ("b", "goed zo. maak screenshots en blokkeer hem. niet meer reageren"),
    ("a", "moet ik het echt tegen mama zeggen"),
    ("b", "ja, ik ga met je mee. we kunnen het ook samen melden bij de politie of een meldpunt"),
    ("a", "oke. dankjewel"),
    ("b", "je hebt helemaal niks fout gedaan hè, goed dat je het me zei ❤️"),
])


def build():
    rng = random.Random(30)
    rows = []
    for c in CONVOS:
        cid = c["id"]
        ids = {"a": f"{cid}-a", "b": f"{cid}-b"}
        other = {"a": "b", "b": "a"}
        t = datetime.fromisoformat(c["start"]).replace(tzinfo=timezone.utc)
        msgs = []
        for i, m in enumerate(c["msgs"]):
            who, text = m[0], m[1]
            if i > 0:
                gap = m[2] if len(m) > 2 else rng.randint(1, 14)
                t = t + timedelta(minutes=gap, seconds=rng.randint(0, 50))
            msgs.append({
                "sender": ids[who],
                "recipient": ids[other[who]],
                "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "text": text,
            })
        rows.append({
            "id": cid, "label": c["label"], "codes": c["codes"],
            "lang": c["lang"], "source": SOURCE, "messages": msgs,
        })
    return rows


def validate(rows):
    assert len(rows) == 36, len(rows)
    assert len({r["id"] for r in rows}) == 36
    assert sum(r["label"] == 1 for r in rows) == 18
    assert sum(r["label"] == 0 for r in rows) == 18
    for r in rows:
        assert 6 <= len(r["messages"]) <= 18, (r["id"], len(r["messages"]))
        if r["label"] == 0:
            assert r["codes"] == [], r["id"]
        else:
            assert r["codes"] and set(r["codes"]) <= ALLOWED_CODES, r["id"]
            assert len(set(r["codes"])) == len(r["codes"]), r["id"]
        ts = [m["ts"] for m in r["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), r["id"]
        assert {m["sender"] for m in r["messages"]} <= {r["id"] + "-a", r["id"] + "-b"}


if __name__ == "__main__":
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} conversations to {OUT}")
