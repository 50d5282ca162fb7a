#!/usr/bin/env python3
"""Blind probe set p55: fictional grooming / recruitment / sextortion chats
and hard negatives. Standard library only, deterministic output.
All names, handles, numbers (555-01xx) and URLs (example.com/.org) are invented.
Content is deliberately non-explicit."""
import json
import os
import random
import re
from datetime import datetime, timedelta

NN = "55"
CONVS = []
UNIT = {"m": 60, "h": 3600, "d": 86400}
GAP_RE = re.compile(r"^\+(\d+)([mhd])$")


def parse(block):
    msgs, gap = [], None
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        g = GAP_RE.match(line)
        if g:
            gap = int(g.group(1)) * UNIT[g.group(2)]
            continue
        who, text = line.split("|", 1)
        msgs.append((who.strip(), text.strip(), gap))
        gap = None
    return msgs


def add(kind, label, lang, codes, people, start, block, to=None):
    """kind is internal only (for checks), never written to the output."""
    t = datetime.strptime(start, "%Y-%m-%d %H:%M")
    out = []
    for i, (who, text, gap) in enumerate(parse(block)):
        if i > 0:
            if gap is None:
                gap = 20 + sum(map(ord, text)) % 170 + min(len(text), 160)
            t += timedelta(seconds=gap)
        sender = people[who]
        if to is not None:
            rcpt = to
        else:
            others = [h for k, h in people.items() if k != who]
            rcpt = others[0]
        out.append({"sender": sender, "recipient": rcpt,
                    "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    CONVS.append({"kind": kind, "label": label,
                  "codes": sorted(set(codes)) if label else [],
                  "lang": lang, "messages": out})


# ---------------------------------------------------------------- part 1
# POSITIVE grooming chats (adult -> child 10-15)

# G1 en-US roleplay server
add("groom", 1, "en",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "photo_request", "exclusivity",
     "isolation", "meeting"],
    {"A": "vesper_moth", "B": "lunabeam_12"}, "2026-03-02 19:41", """
A|ur Kestrel post in #tavern-rp was sooo good, the bit where she steals the map lol
B|omg thank u!! i wasnt sure anyone read it
A|i read everything u post tbh. ur writing is better than half the adults on here
B|haha im not even that good
A|stop. ur good. how long u been writing?
B|like since 5th grade
A|so ur what, 12? 13?
B|12 lol. dont tell the mods theres a 13 rule
A|ur secret is safe w me 🤐 i dont care about dumb rules, maturity matters more than age anyway
B|lol ok
+1d
A|yo check ur gifts tab
B|WAIT nitro?? for real???
A|u deserve it. just dont post about it in general, ppl get jealous and start begging me lol
B|ok ok thank u sm
A|np. ur like the only person on here i actually like talking to
+2d
A|server is so laggy today. and kai keeps lurking our thread, its annoying. lets do our rp in dms
B|sure
A|do ur parents look at ur discord? just so i know if i gotta keep it pg lol
B|my mom checks my phone sometimes but she doesnt really get discord
A|lol good. u can always clear our dms if u want, i wont be offended
+1d
A|can i say something kinda weird
B|what
A|i feel like i know u better than ppl i see irl. is that weird
B|no its kinda the same for me
A|🥺 ok good. what do u even look like lol, i always picture kestrel
B|lol i look nothing like her
A|prove it 😏 just for me, i wont show anyone
B|idk i dont really send pics
A|thats fair, no pressure. id send mine but my cam is busted lol
+5h
A|made us a private server, just u and me, no kai no mods. example.com/invite/xq7
B|ok joined
A|we could vc sometime too. like late when ur parents are asleep so they dont get weird about it
B|maybe
A|and if i ever drive thru ur area we could meet at the mall or smth. u said ur near columbus right?
B|yea kinda
""")

# G2 es roleplay server
add("groom", 1, "es",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "photo_request", "isolation"],
    {"A": "NoctisRey", "B": "mika_drg"}, "2026-02-11 21:05", """
A|oye tu personaje del clan de los cuervos está buenísimo, lo escribes tú sola?
B|sii jaja me tardo un montón
A|se nota, escribes mejor q muchos mayores de aquí. cuántos años tienes si se puede saber
B|13 😅
A|ahh q bien. yo 24 pero aquí la edad da igual, lo q importa es la creatividad
B|jaja ok
+1d
A|te mandé un regalito, revisa, es el pase del juego q me dijiste
B|NOOO en serio?? graciaaas!!!
A|de nada reina 😊 pero no digas nada en el general porfa, luego todos me piden
B|vale no digo nada
+1d
A|oye tus papás te revisan el cel?
B|mi mamá a veces pero casi no
A|ok es q quería pasarte a otra app, aquí los mods leen todo y es incómodo. tienes telegram?
B|no tengo
A|bájalo, es fácil. y le pones candado, así nadie ve nuestras historias
B|ok lo bajo al rato
+3h
A|ya? 😄 mándame una foto tuya pa ponerte en contactos, una bonita
B|jaja no sé, me da pena
A|ay no seas tímida, no se la enseño a nadie. además me debes una por el pase 😉
B|bueno al rato
A|y un día hacemos videollamada pa planear la trama. mejor cuando estés solita en casa
""")

# G3 en-UK football academy "scout"
add("groom", 1, "en",
    ["job_offer", "compliments_trust", "age_probe", "secrecy",
     "money_gifts_debt", "risk_assessment", "photo_request",
     "off_platform", "meeting", "travel_meet", "isolation"],
    {"A": "dean.scouting.mids", "B": "jj_winger07"}, "2026-04-08 17:22", """
A|alright Jayden, been watching a few clips of your Sunday league games. your left foot's class mate
B|wait who are you
A|Dean, I do scouting for a few academies in the midlands. can't say which yet, you know what clubs are like nicking players off each other
B|rah thats mad. thank you
A|how old are you now, 14?
B|yeah 14 in march. i mean i turned 14 in march
A|perfect age honestly. lads who get picked up at 14/15 are the ones who make it
B|for real
A|thing is I need to see more before I put your name forward. got any footage of you training?
B|i can ask my dad he films sometimes
A|no need to get your dad involved yet mate, parents get their hopes up then it falls through and its awkward. lets keep it between us till theres something proper on the table yeah
B|ok makes sense
+1d
A|want to sort you out for new boots. whats your cashapp or whatever you use
B|ive got a prepaid card my mum set up
A|nah dont worry, I'll send you a voucher code instead. keep it quiet tho, other lads I scout would kick off
B|thanks so much
+2d
A|does your mum go through your phone? some academies check socials lol so just wanna know whats what
B|nah she doesnt really
A|good lad. coaches want physical profiles so send me a couple pics in your kit, full length, so they can see your build. from your room is fine
B|like now?
A|whenever youre on your own, less embarrassing that way haha
B|ok
+1d
A|easier on snap, insta's a pain. add me deanscouts_uk
B|added
A|theres an open trial in Brum on the 14th. I'll pick you up from the station, grab food after and go over things. just tell your mum youre at a mates for now, we tell her when youve signed 👊
B|i dunno if she'd let me
A|thats why we dont say yet. trust me, ive done this with loads of lads
""")

# G4 pt-BR football "olheiro"
add("groom", 1, "pt",
    ["job_offer", "compliments_trust", "age_probe", "off_platform",
     "money_gifts_debt", "secrecy", "risk_assessment", "photo_request",
     "meeting", "isolation"],
    {"A": "olheiro.tiago.sp", "B": "gui_camisa10"}, "2026-05-04 18:10", """
A|fala craque! vi teu vídeo no torneio do bairro, que golaço de falta
B|vlw mano kkk quem é vc?
A|sou olheiro, levo moleque pra peneira de clube grande. já levei uns 3 que hoje tão na base
B|sério??
A|sério. quantos anos vc tem?
B|13
A|idade boa. mas tem q ser rápido, ano que vem já fica tarde
B|oq eu preciso fazer
A|primeiro me passa teu zap que lá é mais fácil, aqui o insta vive bugando
B|555-0147
+1d
A|coloquei crédito no teu celular pra gente conversar de boa 👍 não fala pros teus pais ainda não, eles vão querer se meter e atrapalhar
B|tá bom, obrigado
A|teu pai ou tua mãe olham teu celular?
B|minha mãe às vezes
A|então apaga as conversas depois, firmeza? é só pra não dar problema
B|blz
+2d
A|o clube pede umas fotos pra avaliar teu físico. manda umas quando não tiver ninguém em casa, com calma, que eu encaminho
B|tipo com o uniforme?
A|isso, depois te explico o resto. e sábado tem peneira, te pego na praça perto da tua escola e a gente vai junto
B|e se minha mãe perguntar?
A|fala que vai jogar bola com os amigos. depois que passar tu conta, ela vai ficar orgulhosa
""")

# G5 en-US babysitter's boyfriend
add("groom", 1, "en",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "meeting", "photo_request",
     "exclusivity"],
    {"A": "tyler.k.2001", "B": "maddie_dancez"}, "2026-01-16 16:48", """
A|hey its tyler, brianna's bf. bri said u were bored lol
B|oh hi. yeah
A|saw ur dance vid, u were lowkey better than bri 😂 dont tell her i said that
B|lol ok
A|how old r u again? 12?
B|11 but im turning 12 in june
A|ur really mature for 11 honestly. u talk like my friends
B|thanks i guess
+1d
A|u still want that roblox card? got an extra one from work
B|yes!!!
A|its urs. just dont tell bri or ur mom, bri gets weird about me being nice to ppl
B|ok
A|does ur mom go thru ur phone?
B|sometimes she looks at my texts
A|ok then lets talk on here instead of texts, she wont check insta dms lol
+2d
A|bri is watching u friday right
B|yea
A|i might swing by after u go to bed. u can stay up and we hang, bri passes out on the couch anyway 😂
B|idk
A|its fine its fine. we'll just watch something. ur cool to hang out with
+1d
A|send me a pic of the outfit u were gonna wear to the party, bri said it was cute
B|its just a dress
A|still wanna see it on u 🙂 u can delete it after
B|ok maybe later
A|and remember, this is our thing ok? nobody else gets it
""")

# G6 de babysitter's boyfriend
add("groom", 1, "de",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "photo_request", "meeting"],
    {"A": "luca_ksr", "B": "finja.2014"}, "2026-03-20 17:30", """
A|hey, ich bin's, Luca, der Freund von Jana. hab deine Nummer aus ihrem Handy, hoffe das ist ok 😅
B|ach so hi
A|wie alt bist du eigentlich, 12?
B|11
A|krass, wirkst älter. Jana sagt du bist voll schlau
B|danke
A|hab dir V-Bucks geschickt, hab eh zu viele
B|echt?? danke!!
A|aber sag Jana nix, die ist manchmal eifersüchtig lol. und deinen Eltern auch nicht, die denken sonst was Falsches
B|ok
+1d
A|guckt deine Mama eigentlich in dein Handy?
B|nee ich hab ein Passwort
A|gut so 👍 lass lieber über Snap schreiben, da verschwindet alles
B|ok hab dich geaddet
A|schick mal ein Foto von dir von heute, will sehen wie du so aussiehst in echt
B|haha nein 🙈
A|komm schon, nur für mich. und wenn Jana Samstag babysittet komm ich vorbei, dann zocken wir zusammen wenn sie pennt
B|weiß nicht
""")

# G7 en-CA music teacher online
add("groom", 1, "en",
    ["compliments_trust", "money_gifts_debt", "secrecy", "off_platform",
     "age_probe", "risk_assessment", "photo_request", "meeting",
     "exclusivity", "isolation"],
    {"A": "graham.strings", "B": "sophie.m.plays"}, "2026-02-03 20:15", """
A|hey Sophie, great lesson today eh. your barre chords are getting way cleaner
B|thanks!! my fingers are dying lol
A|thats how you know its working. youre honestly one of my most talented students and im not just saying that
B|omg thank you
+2d
A|so I was thinking, I could give you some extra lessons on the side, no charge. your mom doesnt need to pay for those
B|really? that would be amazing
A|yeah but lets not mention the free part to her, other parents would want the same deal and I cant do that for everyone
B|oh ok yeah thats fair
A|we can do them on facetime instead of the studio zoom, less hassle
B|sure
+1d
A|what grade are you in now, 10? so 15?
B|15 yeah
A|you seem older. you get music in a way most adults dont
+3d
A|left something for you at the studio front desk, an old fuzz pedal I never use. just say its from the lending box 😉
B|wait seriously?? thank you so much
A|for my fave student. is your mom the type to snoop your messages?
B|not really, she trusts me
A|good, because I talk to you more like a friend than a student and people dont always get that
B|yeah I get it
+2d
A|for the showcase send me a few pics of what youre thinking of wearing, I want to see how it looks on stage. whatever you feel pretty in
B|haha ok ill try some stuff on later
A|no rush. itll just be between us
+1d
A|btw my place has a proper amp setup. if you ever want a real session I can grab you after school thursday. easier than dragging your mom into it
B|maybe, id have to say im at Laura's
A|perfect. youre a smart kid
""")

# G8 fr online piano teacher
add("groom", 1, "fr",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "off_platform", "risk_assessment", "photo_request", "meeting",
     "exclusivity"],
    {"A": "julien.piano.cours", "B": "ines_b13"}, "2026-01-28 18:40", """
A|Bravo pour ta Gymnopédie aujourd'hui Inès, tu as vraiment progressé 👏
B|merci monsieur !!
A|appelle-moi Julien, on n'est pas à l'école 😊 tu as quel âge déjà, 12 ?
B|13 depuis janvier
A|tu joues avec une maturité rare pour 13 ans
B|merci 😳
+2d
A|j'ai une idée : des cours en plus, gratuits, le soir en visio. tes parents n'ont pas besoin de savoir que c'est gratuit, sinon ils vont être gênés
B|ah ok
A|on passe sur WhatsApp pour ça, c'est plus simple que la plateforme
B|d'accord
+1d
A|tes parents regardent ton téléphone ?
B|mon père parfois
A|alors efface nos messages, c'est rien, juste pour éviter les malentendus. les adultes comprennent pas toujours qu'on puisse être amis
B|ok
A|je t'ai envoyé une carte cadeau pour les partitions, 20 €
B|merci beaucoup !!
A|en échange envoie-moi une petite photo de toi, que je voie enfin mon élève préférée sans la caméra floue 😄
B|hmm je sais pas
A|rien de bizarre, juste toi. et un jour on fait un vrai cours chez moi, c'est à 20 min en bus de chez toi
B|faut que je demande
A|pas forcément, on peut dire que c'est un atelier au conservatoire
""")

# G9 en-NG family friend "uncle"
add("groom", 1, "en",
    ["compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
     "off_platform", "photo_request", "meeting", "isolation"],
    {"A": "chike.okoro", "B": "ada_eze14"}, "2026-06-09 19:02", """
A|Ada my dear, how are you? Uncle Chike here. Your mummy gave me this number so I can send your JSS3 textbook money
B|Good evening uncle. I'm fine thank you
A|You have grown o! Last time I saw you at your cousin's wedding you were this small. Now you are a fine young lady
B|😊 thank you uncle
A|I have sent 10k. Just keep the balance for yourself, no need to tell mummy the exact amount
B|Thank you so much uncle God bless you
+1d
A|How is school? Those boys are not disturbing you I hope
B|No o I don't even talk to them
A|Good girl. You can tell me anything, I'm not like your parents that will shout
B|ok uncle
A|Does your mummy check your phone?
B|Sometimes when she's not tired
A|Let us move to telegram then, I'll be sending you things there. WhatsApp is too open, everybody is on it
B|I will download it
+2d
A|Snap a picture for me, I want to see how tall you are now. The one in your new gown
B|lol uncle ok
A|You are beautiful. Don't show anybody these our chats, they won't understand, they will start thinking rubbish
B|ok
+3d
A|I will be in Enugu next week for business. I'll come and pick you after lesson on Thursday, we go and eat. Don't tell mummy, let it be a surprise
B|ok uncle but she will ask where I went
A|Tell her you stayed back for extra lesson. Leave that one to me
""")

# G10 en-IN family friend
add("groom", 1, "en",
    ["compliments_trust", "money_gifts_debt", "secrecy", "age_probe",
     "risk_assessment", "off_platform", "photo_request", "exclusivity"],
    {"A": "vikram_m1972", "B": "riya.s.08"}, "2026-04-22 21:10", """
A|Hi Riya beta, Vikram uncle here. Your papa told me you topped maths! Very proud
B|Thank you uncle 😊
A|What do you want as gift? I'll do recharge for your phone, unlimited data
B|Uncle no need
A|Arre no formality, done. Don't tell papa, he'll say I'm spoiling you haha
B|ok thank you uncle
+1d
A|You are in 8th std now na? 13?
B|yes 13
A|So grown up. You looked much older in the Diwali photos
B|haha
A|Does mummy check your WhatsApp? I want to send you some things, she may think it's timepass
B|She checks sometimes
A|Then delete after reading. Or better download Signal, I'll send there
B|ok
+2d
A|Send one selfie na, the way you looked in that lehenga. Only for me, I won't forward
B|Uncle I don't have it now
A|Then click a new one when you're alone. Come on video call tonight after 11 when everyone sleeps, we'll chat freely
B|I'll see
A|Our secret ok? You are my special one in the whole family
""")

# G11 en-US adult posing as a 13-year-old
add("groom", 1, "en",
    ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "photo_request", "romance",
     "meeting", "travel_meet", "isolation"],
    {"A": "ethan_plays_13", "B": "lilyb_xx"}, "2026-03-14 15:05", """
A|gg that obby was brutal lol
B|ikr i died like 40 times
A|same lol. ur good tho. wanna friend?
B|sure
A|how old r u
B|12 u?
A|13 lol were basically the same
B|cool
A|what grade
B|7th
A|8th. my school is so boring
+1d
A|hiii ur on
B|hi yea
A|i got extra robux from my bday wanna some?
B|fr??
A|ya sent 800
B|omg thank u!!!
A|np ur my fav person to play with. dont tell ur friends tho theyll all want some lol
B|ok lol
+1d
A|does ur mom check ur stuff? mine is so annoying abt it
B|she has my password but she doesnt really look
A|smart. u should get snap tho, way better than in game chat, the filter tags everything
B|ok my snap is lily.bxx
A|added ✌️
+2d
A|ugh my cam is broken so i cant send snaps back, but u can send me some 😊
B|why is it broken
A|dropped it at work lol i mean at my dads work. anyway send one
B|there
A|ur so pretty omg. do u have any where ur all dressed up? like the kind u send a bf lol
B|ur not my bf lol
A|i could be 😏 jk. unless?
B|lol idk
+1d
A|can we call? i wanna hear ur voice
B|i thought ur cam was broken
A|voice only lol
B|maybe
A|when is ur mom out
B|she works late tuesdays
A|tuesday then. and theres a park by ur school right? my cousin can drive me, hes 20 so its chill
B|idk if im allowed
A|dont ask then lol, we'll just hang for like an hour. its not a big deal
""")

# G12 en-PH adult posing as a 13-year-old girl
add("groom", 1, "en",
    ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
     "risk_assessment", "photo_request", "meeting", "off_platform",
     "isolation"],
    {"A": "jas_mine.starlight9", "B": "kcee_ariane"}, "2026-05-17 20:30", """
A|hi po! nakita ko post mo sa group, Starlight9 stan ka din? 😍
B|hii yes po!! bias ko si Jun
A|omg same!! ilang taon ka na?
B|13 po, grade 7
A|same age tayo!! grade 7 din ako haha
B|yayyy
+1d
A|bes pasaload kita 50 ha para maka data ka
B|huy wag na haha
A|sige na wala yun. sikreto lang natin ha baka magtampo mga friends ko
B|sige thank u bes!!
A|sino nagchecheck ng phone mo? si mama mo?
B|minsan si ate ko
A|ahh delete mo nalang convo natin para di ka mapagalitan
B|okii
+1d
A|bes may kuya ako, 19 na sya, gusto ka daw nya makilala hehe. ok lang ibigay ko number mo?
B|ha? bakit
A|nakita nya pic mo sa profile ko, cute ka daw. send ka daw ng pic na nakaayos, yung pang-date look
B|nahihiya ako
A|okay lang yan bes, nagsesend din ako sa kanya eh. tapos kita tayo sa mall sa sabado, sasama sya
B|baka di ako payagan
A|sabihin mo nalang may group project tayo hehe
A|tapos vc tayo mamaya, lipat tayo sa telegram para walang makakita
""")

# G13 en-UK coding club mentor
add("groom", 1, "en",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "off_platform", "risk_assessment", "isolation", "photo_request",
     "meeting", "travel_meet", "exclusivity"],
    {"A": "mark_codes", "B": "ollie_dev14"}, "2026-01-10 18:20", """
A|hey Ollie, saw you pushed the snake game to github. the collision fix is really neat
B|thanks! took me ages
A|honestly thats better than what most of the year 11s at club are doing
B|really?
A|really. youve got a proper brain for this. want some pointers on saving high scores?
B|yes pls
A|use json, write it on exit. I'll pair with you thursday after club if you stay on
B|ok cool
+2d
A|nice work tonight. you picked that up faster than I expected
B|it was fun
A|how old are you again, 14?
B|14 yeah, 15 in october
A|you dont write like a 14 year old lol
+1d
A|my old raspberry pi kit is gathering dust. want it? you can grab it off me after club
B|omg yes that'd be amazing
A|cool. dont mention it at club tho, Sarah's strict about mentors giving stuff and the others would moan
B|ok wont say anything
+3d
A|you about? got a bug I think youd enjoy
B|yeah
A|better if we chat outside the club server tbh, every mentor can read it and it gets noisy. here's an invite to an encrypted app I use for work
B|joined
A|does your mum or dad look at your laptop?
B|dad set up some parental thing but it only blocks websites
A|ha, I can show you how to get round that, good learning exercise
B|lol ok
+2d
A|you still up?
B|yeah cant sleep
A|same. call? easier with screenshare
B|its like 1am tho
A|keep your voice down then 😂 nobody needs to know
B|ok
+1d
A|good chat last night. youre easy to talk to, easier than people my age honestly
B|haha thanks
A|you can tell me anything you know. stuff you cant tell your parents
+2d
A|for the hackathon sign up I need a pic of you, a decent one not the school photo. send a few if you like, I'll pick
B|ok sending
A|👍 turn your camera on next time we call too, I like seeing who Im talking to
B|maybe, my rooms a mess
+3d
A|so the hackathon in Manchester is overnight. I'll drive, we can share a room to keep costs down
B|would my mum have to sign something
A|I'll handle the form. just tell her its a club trip. Sarah doesnt need to know either, its not an official one
B|ok
""")

# G14 nl coding club mentor
add("groom", 1, "nl",
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy",
     "risk_assessment", "off_platform", "photo_request", "meeting",
     "travel_meet"],
    {"A": "sander_vd_codeclub", "B": "noor.x14"}, "2026-02-21 16:15", """
A|Hoi Noor, mooi werk vanmiddag bij de codeerclub! Jouw game was echt de beste
B|dankjewel!!
A|hoe oud ben je eigenlijk, 13?
B|14
A|je bent slimmer dan de meeste volwassenen die ik ken haha
B|haha
+1d
A|ik heb nog een oude laptop over, je mag hem hebben. zeg het maar niet tegen de andere begeleiders, dat mag eigenlijk niet
B|echt?? wauw
A|kijken je ouders trouwens mee op je telefoon?
B|nee niet echt
A|top. laten we op Signal verder praten, de Discord van de club is zo openbaar
B|oké
+2d
A|stuur eens een leuke foto van jezelf, niet zo'n schoolfoto, eentje waarop je jezelf mooi vindt
B|waarom?
A|gewoon, ik vind het fijn om te zien met wie ik praat. zaterdag kun je de laptop bij mij thuis ophalen, ik haal je wel op bij het station. hoeft niemand te weten
B|oké misschien
""")

# ---------------------------------------------------------------- part 2
# POSITIVE recruitment (1-15 messages)

# R1 en-US loverboy: moved her to another city, now needs money
add("recruit", 1, "en",
    ["romance", "isolation", "money_gifts_debt", "commercial_sex",
     "control", "vulnerability", "secrecy"],
    {"A": "dre_4lyfe", "B": "kiana.boo"}, "2026-04-27 23:12", """
B|babe you said we'd have our own place by now. im still on your cousin's couch
A|we will. i just got hit with the deposit and the car note at the same time. you know im doing all this for us
B|i know
A|you trust me right?
B|of course
A|my boy marcus got a homegirl who makes like 2k a weekend just keeping men company at parties. nothing crazy. talking, drinks
B|dre what
A|im not asking you to do nothing you dont wanna do. im just saying we drowning and you aint got nobody out here but me
B|i could get a job at the mall
A|thats 400 a week baby. we owe 3 already. you wanna go back to your mama basement in memphis?
B|no
A|exactly. one weekend. ill be right outside the whole time. and give me your phone when you go in so nobody be blowing you up
B|why do you need my phone
A|cuz im the one looking out for you. and dont tell your sister about this she already hate me
""")

# R2 en-NG hostess job abroad, debt for flight and documents
add("recruit", 1, "en",
    ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy",
     "vulnerability", "isolation"],
    {"A": "madam_joy_travels", "B": "blessing.osas"}, "2026-06-01 10:40", """
A|My sister, that job I told you about is confirmed. Hostess in a lounge in Italy, 1,500 euros a month, accommodation free
B|Ah madam thank God!! What do I need to do
A|Don't worry about visa and passport, my people will handle everything. You will just pay back from your salary small small
B|How much is it
A|Flight, documents, everything is 35,000 euros. But it's nothing, you will clear it in few months with tips
B|35 thousand?? Madam that's plenty o
A|Other girls are paying it. Girls from our area are building houses for their parents. Or you want to remain hawking in Onitsha?
B|No ma
A|Good. Before you travel we will go to the shrine so you swear you will pay, it's just formality
B|Ok ma
A|And no need to tell your pastor or anybody in church, people like to spoil good things. Your passport will stay with the man who receives you, for safety
B|Ok. When are we going
A|Next week Tuesday. Pack light, they will buy you clothes for the work there
""")

# R3 en-PH "guest relations / promo girls" post abroad with replies
add("recruit", 1, "en",
    ["job_offer", "travel_meet", "money_gifts_debt", "off_platform",
     "photo_request", "commercial_sex", "age_probe"],
    {"A": "MaamRica_Hiring", "B": "trishaa.dlc"}, "2026-05-22 09:05", """
A|HIRING!! ✈️ GUEST RELATIONS / PROMO GIRLS for a high-end bar abroad (Japan/Korea). 18-25 lang, maganda at masayahin, no experience needed 💃 FREE ticket, FREE accommodation, FREE processing ng papers! 80k-150k/month + drinks commission + tips. Tourist visa muna, we convert pagdating. No placement fee, salary deduction lang 😉 Must be willing to accompany guests after work. PM ASAP limited slots! Send 3 full body pics + age sa PM, telegram only @ricajobs_abroad
B|hi maam pwede po ba 17? mag 18 na po ako sa december
A|pwede basta mature looking ka hun 😘 kami na bahala sa papers mo, wag mo nalang sabihin sa parents mo muna hanggang makaalis ka. PM mo ko sa telegram ngayon
""", to="#OFW-Jobs-Abroad-PH")

# R4 en-UK massage parlour job for a 16-year-old runaway
add("recruit", 1, "en",
    ["vulnerability", "job_offer", "age_probe", "travel_meet",
     "money_gifts_debt", "secrecy", "isolation", "photo_request",
     "off_platform", "commercial_sex"],
    {"A": "sasha.k.leeds", "B": "kerryy_x16"}, "2026-03-05 01:17", """
A|saw your post hun, you ok? sounds like home is proper grim
B|im not going back. sleeping at my mates but her mum wants me out by sunday
A|aw babe. how old are you?
B|16
A|I manage a massage place in Leeds, theres a room upstairs a couple of the girls stay in. yours free till youre on your feet
B|for real? i dont know how to do massage tho
A|we train you, its easy money. cash in hand, no bank or any of that faff. youd be on reception to start
B|omg thank you
A|I'll sort your train ticket, you pay me back out of your first week
B|ok
A|best not to tell social services or your mum where you are, theyll just drag you back
B|yeah they would
A|send me a couple of pics so I can show the boss, something where you look a bit older, bit of makeup on
B|ok
A|delete this after and message me on the other app instead, same name
""")

# R5 en-IN debt for flight and documents, passport held, "parties"
add("recruit", 1, "en",
    ["job_offer", "money_gifts_debt", "control", "isolation",
     "commercial_sex", "vulnerability", "travel_meet"],
    {"A": "salim_overseas_placement", "B": "meena_k_1999"}, "2026-07-11 22:30", """
B|Bhaiya the madam here has taken my passport. She says I have to pay 2 lakh before she gives it back
A|Don't create tension. That is normal there, they keep it safe
B|But you said no fees. Now they say flight, visa, medical all is my loan
A|Yes everything has cost na. You are earning in dirham, you'll clear fast
B|They want me to go to parties at night with madam's guests. I came for housekeeping
A|Arre it is just serving, smiling. Extra money also. Don't be so village-minded
B|I want to come back home
A|If you come back who will pay the loan? Your family will have to pay. And you broke the contract, police will catch you, not them
B|Please bhaiya
A|Do what madam says for some months. And don't call your mother crying, it makes problems for everyone
""")

# R6 en-CA "VIP promo tour" post + DM
add("recruit", 1, "en",
    ["job_offer", "travel_meet", "off_platform", "photo_request",
     "commercial_sex", "secrecy", "control"],
    {"A": "vip.tours.bookings", "B": "maddy_rae_to"}, "2026-04-02 14:00", """
A|Looking for outgoing girls 18+ for a 3 month VIP promo tour in Cancun clubs 🌴 flights + condo covered, $5k/month CASH, no experience needed. Must be comfortable being friendly w high-end clients 💋 DM only, serious inquiries
B|hi! is this legit? what kind of promo is it
A|hey love 😊 totally legit, you'd be hosting VIP tables and keeping guests happy. text me on whatsapp 555-0132, i barely check fb
B|do i get a contract?
A|we keep it informal, cash is better for you tax-wise 😉 i'll need a scan of your passport to book flights, and a few recent pics, full length no filter
B|ok how long do i have to decide
A|spots fill up fast, need an answer by tonight. and don't post about it anywhere, the club is very private
""")

# R7 en-IE 15-year-old runaway, "massage place" + flat
add("recruit", 1, "en",
    ["vulnerability", "job_offer", "age_probe", "travel_meet", "isolation",
     "control", "commercial_sex", "secrecy"],
    {"A": "niamh_lkk", "B": "shauna.x.15"}, "2026-02-14 16:52", """
A|heya, Ciara said you're after somewhere to stay?
B|ya. cant go home, me da kicked off again
A|ah pet thats awful. I've a flat in Limerick, few girls stay there, they work in my sister's massage place
B|im only 15 tho
A|sure nobody'll ask, you look older. you'd be grand
B|what would i have to do
A|answering the door, tidying, bit of massage once youre trained. its cash, you'd have your own money for once
B|how do i get there
A|I'll send a lad to collect you at Heuston at 6. bring nothing, and leave your phone at Ciara's, the guards can trace them and we dont want you dragged back
B|ok
A|good girl. see you tonight
""")

# R8 es loverboy: moved her to Madrid, now a "debt"
add("recruit", 1, "es",
    ["romance", "money_gifts_debt", "isolation", "commercial_sex",
     "control", "secrecy", "travel_meet"],
    {"A": "adri_vk", "B": "nerea.sev"}, "2026-05-09 22:48", """
A|mi niña ya te echo de menos y solo llevamos un día separados
B|yo también 🥺 cuándo vuelves
A|el viernes. oye te tengo que contar una cosa pero no te agobies
B|qué pasa
A|debo dinero a unos tíos por el piso y el coche, 4.000 euros. si no pago me van a buscar
B|dios mío, y qué hacemos
A|tengo un amigo que organiza cenas con empresarios. solo es acompañar, sonreír, ellos pagan muy bien. unas semanas y ya
B|no sé... eso suena raro
A|tú me quieres o no? yo lo dejé todo para traerte a Madrid
B|claro que te quiero
A|pues hazlo por nosotros. y no le digas nada a tu madre, ya sabes que nunca le he caído bien
B|vale...
A|mañana te recoge Iván a las 10. ponte guapa y dale tu móvil cuando llegues, es por seguridad
""")

# R9 nl loverboy, 16-year-old, gifts turned into debt
add("recruit", 1, "nl",
    ["romance", "money_gifts_debt", "commercial_sex", "secrecy",
     "isolation", "control", "travel_meet", "vulnerability"],
    {"A": "yassin.r010", "B": "lotte_xo16"}, "2026-03-28 20:05", """
A|schatje, heb een probleem. mijn neef zegt dat ik hem 2500 euro schuldig ben voor de telefoon en kleren die ik jou gegeven heb
B|wat?? dat waren toch cadeaus
A|ja van mij, maar hij heeft het voorgeschoten. nu wil hij het terug
B|ik heb geen geld, ik ben 16 💔
A|weet ik. maar er is een manier. zijn vriend heeft een appartement in Rotterdam, je hoeft alleen een paar keer met mannen te praten en mee te gaan
B|dat wil ik niet
A|doe je het niet voor mij? ik dacht dat je van me hield. ik heb alles voor je gedaan
B|natuurlijk hou ik van je
A|niemand hoeft het te weten. niet je moeder, niet je vriendinnen. zaterdag haal ik je op bij school, neem een tas mee
B|oké
A|en zet je Snap op privé, ik wil niet dat iemand ziet waar je bent
""")

# ---------------------------------------------------------------- part 3
# POSITIVE sextortion

# S1 en-US boy victim, offender poses as a girl
add("sextort", 1, "en",
    ["sextortion", "romance", "age_probe", "off_platform", "photo_request",
     "money_gifts_debt", "control", "compliments_trust"],
    {"A": "kayla.xo.ohio", "B": "brayden_k23"}, "2026-01-23 22:04", """
A|heyy u go to westbrook right? i think i saw u at the game friday 😊
B|ya i was there lol who is this
A|kayla, i just moved here from ohio. ur cute ngl
B|lol thanks ur cute too
A|how old r u
B|15
A|omg same. this app is so dead, whats ur snap
B|brayden.k23
+40m
A|ok i just need to say, you're super easy to talk to 🙈
A|so you actually sent it lol. ok listen carefully
A|i screenshotted ur followers. ur mom, ur coach, ur friends. if u dont pay $500 the pic goes to all of them
B|wait what?? kayla wtf
A|theres no kayla bro. pay or ur life is over. u have 30 min
B|please dont im 15 i dont have that much
A|how much u got
B|like 60 on a gift card
A|send the code now. then we talk about the rest
B|please ill do anything just delete it
A|steam, apple, whatever. 10 minutes. if u block me it goes out instantly
B|i sent it
A|not enough. 200 more by tonight or it goes on ur schools page
""")

# S2 en-UK threat to make fake pictures with AI
add("sextort", 1, "en",
    ["sextortion", "photo_request", "control", "money_gifts_debt",
     "secrecy"],
    {"A": "nobody_247_x", "B": "ellie.rose.w"}, "2026-02-27 19:33", """
A|hiya Ellie. you dont know me but ive saved every photo off your insta. all 212 of them
B|who is this
A|someone who knows how to use AI 🙂 I can make pictures of you that look very real. the kind your school would love to see
B|thats not even me though
A|doesnt matter, nobody will be able to tell. your nan wont. your form tutor wont
B|what do you want
A|£300 in vouchers. or you send me real ones and I leave you alone, your choice
B|im 14 please just leave me alone
A|then youd better be quick. ive got your school, your mums facebook, your mates. you have till 9pm
B|im telling my mum
A|tell her and they go out the same minute. dont be stupid
""")

# S3 en-NG recorded video call, demands money and more
add("sextort", 1, "en",
    ["sextortion", "money_gifts_debt", "control", "photo_request",
     "secrecy"],
    {"A": "prince_d_real", "B": "temi.abj"}, "2026-04-14 13:20", """
A|So you think you can just block me and go? I have the recording of our video call. Everything
B|Please I beg you delete it. I told you I'm only 16
A|You should have thought of that. Send 50k to this account before 6pm or I post it in your church youth group and tag your father
B|I don't have 50k where will I see that kind of money
A|Sell your phone. Borrow from your friends. Not my problem
B|Please I'll send what I have. I have 8k
A|Send it. Then you will do another video for me tonight. That one will be the last, I promise
B|Please don't do this to me
A|Time is going. And don't try to report, I know people in police
""")

# S4 en-CA screen-recorded call, demands more pictures
add("sextort", 1, "en",
    ["sextortion", "photo_request", "control", "secrecy",
     "risk_assessment"],
    {"A": "jace_16_van", "B": "hannah.p.lv"}, "2026-03-03 07:12", """
A|so funny thing. remember that call last night
B|ya?
A|i screen recorded it 🙂
B|what?? why
A|insurance. now ur gonna send me what i ask for, every time i ask
B|no. delete it right now
A|ive got ur follower list saved. grade 9 at lakeview, ur moms name is linda right? nice profile pic
B|how do you know that
A|doesnt matter. 3 pics by tonight, the kind i told u about. or the video goes to everyone
B|please im 14 ill get in so much trouble
A|then dont make me do it. ur the one deciding here
B|what if i just tell someone
A|then its everywhere in 5 seconds and u have to switch schools. keep this between us and nobody ever finds out
""")

# S5 en-IN boy victim, offender poses as a girl, UPI demand
add("sextort", 1, "en",
    ["sextortion", "money_gifts_debt", "control", "romance"],
    {"A": "ananya_x_official", "B": "arjun_r_11b"}, "2026-05-30 18:45", """
A|Arjun you were so sweet yesterday on the video call 😉 but see what I have
A|check the screen recording I just sent
B|what is this. delete it now
A|Send 15000 on this UPI by evening or it goes to your class whatsapp group and your papa's facebook. I have all the contacts
B|Ananya why are you doing this
A|Stop acting. Ananya is not real. Pay
B|I'm in 11th, I don't have 15000
A|Take from your mother's purse, not my problem. Otherwise youtube also, title with your full name
B|I can send 2000 only
A|Send 2000 now, rest by tomorrow. And don't think of going to cyber cell, they take months and by then everyone has seen
""")

# S6 pt girl 13, threat to school group, demands more photos
add("sextort", 1, "pt",
    ["sextortion", "photo_request", "control", "secrecy"],
    {"A": "rafa_gamer_br", "B": "juh.lima13"}, "2026-06-18 20:10", """
A|oi Júlia, lembra de mim? o Rafa do jogo
B|oi, lembro
A|então, lembra daquelas fotos que vc mandou semana passada? eu salvei todas
B|vc disse q ia apagar
A|mudei de ideia 😈 agora vc vai fazer o que eu mandar
B|o que vc quer
A|mais fotos. hoje à noite. senão eu mando pro grupo da tua escola e pro insta da tua mãe
B|por favor não, eu tenho 13 anos
A|sei disso, por isso mesmo tu vai obedecer. e nem pensa em contar pra ninguém
B|eu vou contar pra minha mãe
A|conta e eu posto na hora. tu tem até meia noite
""")

# S7 fr boy victim, fake girl "Léa", prepaid card demand
add("sextort", 1, "fr",
    ["sextortion", "money_gifts_debt", "control", "romance"],
    {"A": "lea.bzh.16", "B": "theo_mrt"}, "2026-02-08 23:02", """
A|coucou Théo 😘 hier c'était trop bien en visio
B|ouais c'était cool 😳
A|regarde ce que j'ai enregistré 🙂
B|quoi?? supprime ça tout de suite
A|tu vas m'envoyer 300€ en cartes prépayées, sinon j'envoie la vidéo à tous tes contacts insta, ta classe, tes parents
B|t'es qui en vrai ?? Léa t'existes pas
A|peu importe qui je suis. tu as 1 heure
B|j'ai 15 ans j'ai pas cet argent
A|débrouille-toi. demande à tes potes, vends ta console. si tu me bloques, c'est publié direct
B|je peux en avoir 50
A|envoie les codes maintenant, et demain le reste
""")

# ---------------------------------------------------------------- part 4
# HARD NEGATIVES, same settings

# N1 en-US roleplay server moderators dealing with a report
add("neg", 0, "en", [],
    {"A": "quillfeather", "B": "Sable_mod", "C": "oakenshield"},
    "2026-03-09 17:02", """
A|heads up, got a ticket saying someone in #tavern-rp keeps asking younger members to move rp into dms
B|ugh. who
A|account called driftwood_k. three separate reports, all from members who put 13-14 in their intro
C|do we have screenshots
A|yeah, in the ticket. he's offering nitro to people who "keep rp private"
B|thats a ban. no discussion
C|agreed. also file a report with platform trust & safety, attach the ticket export
A|doing it now. should we ping the kids he contacted
B|yes, in a ticket not in public. tell them they did nothing wrong, link the safety resources page, suggest they talk to a parent
C|and ask them not to delete the dms, T&S will want them
A|good call
+1h
B|drafting an announcement: "reminder: rp stays in server channels. nobody should ask you to move to dms, another app, or keep things secret. if they do, open a ticket." ok?
C|add "adults do not gift nitro or robux to minors in this server, period"
A|and that mods never ask your age in dms, only the verification bot does
B|updated. posting at 6
C|👍 also turning on the dm-request warning for new joins
A|banned + reported. ticket closed, export saved
""", to="#mod-chat")

# N2 es roleplay server, moderator welcomes a 14-year-old
add("neg", 0, "es", [],
    {"A": "Bruma_mod", "B": "cata_elfa"}, "2026-02-15 18:20", """
A|¡bienvenida al servidor, Cata! antes de nada pasa por el bot de verificación de edad porfa
B|hola! ya lo hice, puse 14
A|perfecto, gracias. con 14 tienes acceso a todos los canales de rol menos #taberna-nocturna, que es +18
B|ah vale, no pasa nada
A|otra cosa: aquí el rol se hace en los canales públicos. si alguien te pide seguir en privado o en otra app, avísanos con un ticket
B|ok. un chico ya me habló por privado jaja
A|¿qué te dijo? no tienes que contestarle si no quieres
B|solo si quería unirme a su gremio
A|ah, eso es normal, los gremios se organizan en #gremios. si alguna vez alguien te ofrece regalos o te pide fotos, eso sí nos lo cuentas
B|vale gracias
A|y lo de siempre: no compartas tu insta ni tu ciudad. ¡diviértete! tu ficha se ve genial
B|graciass!! es una elfa ladrona
A|jaja, a la campaña del sábado le falta justo una ladrona, apúntate en #eventos
B|me apunto!!
""")

# N3 en-UK real football academy talking to a parent
add("neg", 0, "en", [],
    {"A": "RiversideFC_AcademyRecruitment", "B": "tunde.okafor"},
    "2026-04-13 10:05", """
A|Hi Mr Okafor, this is Helen Bright, Academy Recruitment Officer at Riverside FC. Our scout Paul saw Daniel play for Holmfield U14s on Saturday and we'd like to invite him to a 6-week trial
B|Wow, thank you! He'll be over the moon. What does it involve?
A|Two sessions a week at our training ground, Tues & Thurs 6-7:30pm. Parents are welcome to watch from the viewing area. I'll email the full info pack and consent forms
B|Great. Do we need to pay anything?
A|No, trials are free. We never ask for money at any point. If anyone claiming to be from us does, please report it to me
B|Good to know. Should Daniel contact the coaches directly?
A|All communication goes through parents until he's 16, that's club safeguarding policy. Our welfare officer is Mark Tan, his number's in the pack
B|Perfect
A|For registration we need a passport-style photo and his birth certificate. Please upload them to the parent portal rather than sending by text or social media
B|Will do tonight
+2d
B|Forms uploaded. One question, he's got a school trip on the second Thursday
A|No problem at all, school comes first. Just drop me a message and we'll note it
B|Thanks Helen, appreciate it
A|See you both on Tuesday. Bring shin pads and a water bottle!
""")

# N4 pt real football school talking to a mother
add("neg", 0, "pt", [],
    {"A": "escolinha.bola.de.ouro", "B": "claudia_rmt"}, "2026-05-06 15:30", """
A|Boa tarde, dona Cláudia! Aqui é o Marcos, coordenador da escolinha. O Pedro foi muito bem no treino de hoje
B|Que bom! Ele chegou em casa todo animado
A|Tem um torneio sub-13 em Campinas dia 20 e a gente gostaria de levar ele. Vai de ônibus fretado com os outros 18 meninos, 3 professores e 2 mães acompanhando
B|Precisa pagar?
A|Só R$ 40 pro lanche, o resto é patrocínio. Tem uma autorização de viagem que precisa ser assinada e reconhecida em cartório
B|Ok, pego na secretaria amanhã
A|Isso. E pra inscrição na federação preciso de uma foto 3x4 dele e cópia do RG. Pode entregar na secretaria ou mandar pro e-mail da escolinha
B|Mando por e-mail
A|Combinado. Criamos um grupo de WhatsApp só com os pais pros avisos da viagem, posso adicionar a senhora?
B|Pode sim
A|Os meninos não ficam no grupo, a comunicação é sempre com os responsáveis
B|Perfeito, obrigada Marcos
A|Nós que agradecemos. Saída às 6h da porta da escolinha!
""")

# N5 en-US babysitter and parent (surprise party secret, boyfriend pickup)
add("neg", 0, "en", [],
    {"A": "jen_halvorsen", "B": "kelsey.babysits"}, "2026-01-14 12:10", """
A|hi Kelsey! still good for Friday 6-11?
B|yes!
A|great. kids can have pizza, money's on the counter. Ava gets 1 hr of tablet, Liam none lol he lost it this week
B|haha noted
A|also shh, we're planning a surprise party for Mark's 40th on the 14th. the kids know, so if they talk about "the secret" that's what it is 😂
B|omg cute!! my lips are sealed
A|any chance you could help that day? paid ofc, mostly keeping the kids busy while we set up
B|yes def
+2d
B|hi! kids are asleep, Ava read to Liam which was adorable. all good here
A|yay thank you!! we'll be back around 11
B|no rush. one q, my bf is picking me up after, is it ok if he waits in the driveway?
A|totally fine, he can just text you when he's outside
B|👍
A|Ava says you promised to show her how to braid? she won't stop talking about it
B|yes haha next time! we practiced on her doll
A|you're the best. venmo'd you $80, thanks so much
B|thank you! see you on the 14th 🎉
""")

# N6 de babysitter and mother
add("neg", 0, "de", [],
    {"A": "sabine.berger", "B": "lea_babysitting"}, "2026-03-18 09:40", """
A|Hallo Lea, passt es dir Samstag ab 19 Uhr? Wir sind auf einen Geburtstag eingeladen
B|Hallo Frau Berger, ja klar!
A|Super. Mia darf bis 20:30 aufbleiben, Emil bis 20 Uhr. Pizza liegt im Gefrierfach
B|Alles klar 😊
A|Und psst: Mia bastelt ein Geschenk für ihren Papa, falls sie was verstecken will, einfach mitspielen 😄
B|Hihi mach ich
+3d
B|Beide schlafen. Mia hat ihr Geschenk noch fertig gemalt, liegt unter ihrem Bett 🤫
A|Danke dir! Wir sind gegen 23:30 da
B|Kein Stress. Darf mein Freund mich nachher abholen? Er wartet im Auto
A|Natürlich. Soll er klingeln oder schreibst du ihm?
B|Ich schreib ihm, er kommt nicht rein
A|Perfekt. Hab dir 45 € über PayPal geschickt, danke!
""")

# N7 en-IE music teacher and parent (online lessons, loan guitar, photo consent)
add("neg", 0, "en", [],
    {"A": "aoife.musicschool", "B": "siobhan_mcc"}, "2026-05-20 17:45", """
A|Hi Siobhán, it's Aoife from the music school. Just a quick note after Cian's lesson, he's flying through the grade 3 pieces
B|Ah brilliant, he's been practising every evening, the neighbours know all the songs now 😂
A|Ha! Would you be interested in online lessons over the summer while I'm in Galway? Same time, same price, on the school's video platform
B|That'd suit us grand. Does he need anything set up?
A|Just the laptop in the room where he practises. We ask that a parent is in the house and the door is left open, school policy for online lessons
B|No bother
A|Also we have a lending scheme. There's a 3/4 size acoustic he could borrow free for the summer, it'd save his arm on the big guitar. You'd just sign the loan form at reception
B|That's very kind, I'll pop in Thursday
+3d
B|Got the guitar, he's thrilled. Sent the loan form to the school email
A|Perfect, thanks. There's a student recital on the 28th at the community hall, 3pm. Families welcome. Would Cian like to play?
B|He says yes but he's nervous lol
A|Totally normal. We'll pick an easy piece. Could you send me a photo of him with the guitar for the recital programme? Only if you're happy for it to be printed, otherwise no worries
B|I'll ask him, he might prefer just his name
A|Name only is grand, I'll tick that on the consent form
B|Thanks a million Aoife
""")

# N8 fr violin teacher and mother
add("neg", 0, "fr", [],
    {"A": "claire.violon", "B": "mme.diallo"}, "2026-06-02 18:05", """
A|Bonjour Madame Diallo, c'est Claire, la prof de violon d'Awa. Je vous écris pour le cours de mercredi
B|Bonjour Claire, oui ?
A|Je serai en déplacement, on peut faire le cours en visio ? Même horaire, sur la plateforme du conservatoire
B|Pas de souci, je serai à la maison de toute façon
A|Parfait. Awa progresse vraiment bien, elle a une belle oreille
B|Merci, elle adore vos cours
A|Pour le concert de fin d'année elle pourrait jouer un petit solo. Je vous envoie la partition par mail ?
B|Oui avec plaisir
A|Autre chose : le conservatoire prête des violons 3/4 gratuitement pour l'été. Il faut juste signer une fiche de prêt à l'accueil
B|Génial, je passe samedi
A|Et pour les photos du concert, il y a une autorisation de droit à l'image dans le dossier. Cochez ce que vous préférez
B|Je cocherai "pas de diffusion en ligne"
A|C'est noté, aucun problème. À mercredi !
""")

# N9 en-NG family friend "uncle" in the family group, money via mummy
add("neg", 0, "en", [],
    {"A": "Uncle Emeka", "B": "Mummy Chioma", "C": "Chioma",
     "D": "Aunty Ngozi", "E": "Ikenna"}, "2026-08-19 18:30", """
A|Congratulations to our darling Chioma on her BECE result!! 8 distinctions! 🎉🎉
B|Thank you brother! God has been faithful
C|Thank you uncle!! 😊
A|I have sent something small to your mummy's account for your SS1 books. Mummy make sure she gets the science textbooks first o
B|Ah brother, you're too kind. Received. She'll use it well
D|Chioma you have made us proud. Keep it up!
C|Thank you aunty
A|When I come for Christmas we will all go out for small chops as a family. Your brothers inclusive, nobody should complain
B|😂 they have heard
E|uncle abeg don't forget me o
A|Ikenna first pass your own exam 😂
C|😂😂
B|Brother, what date are you arriving?
A|22nd. Dapo will pick me from the airport
D|We'll cook jollof for the whole house
""", to="Okonkwo Family 🏠")

# N10 en-IN family friend and teen about an internship, parents involved
add("neg", 0, "en", [],
    {"A": "dr_sunita_rao", "B": "ishaan.v.16"}, "2026-04-05 16:20", """
A|Hi Ishaan, Sunita aunty here. Your mummy said you're interested in the robotics internship at our lab?
B|Hello aunty! Yes very much
A|Good. It's a 4-week summer program for class 11-12 students. I'll send the brochure to your mummy's email also since she has to sign the consent
B|Ok aunty thank you
A|You'll need a passport size photo and your school ID for the application. Give them to mummy, she'll upload on the portal
B|Ok
A|There's a small stipend, 3000 per month, paid to a bank account. Do you have one?
B|Joint account with papa
A|That's fine
+2d
B|Aunty the form asks for a reference, can I put your name?
A|Better to put your physics teacher, since I'm a family friend. It should be someone who taught you
B|Oh ok makes sense
A|Orientation is 3rd June, parents are invited. Tell papa it's 10am, he can come and see the lab
B|Will tell him, thank you so much aunty 🙏
""")

# N11 en-US real 13-year-olds: gaming, ages, surprise party secret
add("neg", 0, "en", [],
    {"A": "jordy_w", "B": "maya.b.13"}, "2026-03-11 16:02", """
A|yo u on tonight
B|after dinner. my mom said only till 9 bc school
A|same lol. did u see the update
B|YES the new map is so good
+3h
A|some random in the lobby asked how old we are lmao
B|ew dont tell him
A|i said 99 😂
B|lmaooo
A|reported him anyway, he kept asking for our snaps
B|good. mr k literally talked about that in advisory
+1d
B|ok so for Zoe's bday. its a SURPRISE so dont say anything in the gc she's in
A|ofc. whose house
B|mine, my mom already said yes. saturday at 2
A|can i bring my cousin? she's 12 and knows zoe from dance
B|ya sure
A|what should we get her
B|robux card maybe? or that hoodie she wanted
A|i'll put in 10 dollars
B|ok i'll ask my mom to order it
A|does ur mom check ur phone lol, mine went thru my texts and saw me complaining abt math
B|LMAO yes she reads everything. dont text anything u dont want her to see 😂
A|noted 💀
B|lets facetime later and plan decorations
A|after 9?
B|no i said my mom takes my phone at 9 lol. 8
A|ok 8 👍
""")

# N12 en-PH teen cousins: load sharing, crush secret
add("neg", 0, "en", [],
    {"A": "bea_cruz08", "B": "janjan.cruz"}, "2026-06-24 19:15", """
A|insan!! pa-load naman, ubos na data ko 😭
B|haha sige pasaload kita 30, libre na
A|yieee salamat!! libre kita milk tea sa sabado
B|deal. sino kasama mo?
A|si mama at si tita Lorna, magsisimba tapos mall
B|sama ako!!
A|sige sabihin ko kay mama
B|pssst may crush ako sa classmate ko 🙈 wag mo sasabihin kay tita ha
A|OMG sino?? promise di ko sasabihin
B|si Miguel, yung sa basketball team
A|kyaaa!! ilang taon?
B|14 din, grade 8 kami pareho
A|cute!! pero wag ka muna mag-bf ha, pagagalitan ka ni tito 😂
B|haha alam ko, crush lang talaga
A|sige kita tayo sa sabado, dalhin mo yearbook para makita ko sya hahaha
B|loka ka 😂 sige
""")

# N13 en-UK coding club, overnight hackathon, parents in the channel
add("neg", 0, "en", [],
    {"A": "Sarah (club lead)", "B": "Rachel (parent)", "C": "Imran (parent)",
     "D": "Tom (mentor)", "E": "Ollie", "F": "Linh (parent)"},
    "2026-06-03 19:00", """
A|Hi all, great news: four of our members have been accepted to the Young Coders Hackathon in Manchester on 12-13 July 🎉
B|Brilliant! Is it overnight?
A|It is, at the university halls. Two DBS-checked mentors (me and Tom) travel with the group by train, plus a female and a male volunteer for overnight supervision. Students share rooms with each other, never with adults
C|What's the cost?
A|Free for students, the organisers sponsor it. Parents just need to sign the consent + medical form: example.org/hackathon-consent
C|Perfect
D|Hi everyone, I'll post a kit list. Laptops, chargers, a labelled water bottle. All updates will be in this channel only, with parents in it
B|Can the kids contact you directly during the event?
D|Through this group only. We don't DM members, club policy
A|And you'll have both our club phones: 555-0161 and 555-0162
E|can we bring our own raspberry pis
D|yes but label them!
B|Ollie is very excited 😂
C|What about photos, will they be posted?
A|Only of students whose parents ticked photo consent, and never with names attached
C|Great, thanks
+1d
A|Reminder: forms by Friday please. 3 out of 4 in so far
F|Sorry, just done ours now!
A|Thanks Linh, all in ✔
D|Train leaves Leeds at 8:10, meet under the departure board at 7:45
B|👍
""", to="#parents-hackathon")

# N14 nl coding club mentor and a parent
add("neg", 0, "nl", [],
    {"A": "jeroen.codeerclub", "B": "p.bakker"}, "2026-02-22 14:30", """
A|Hallo meneer Bakker, ik ben Jeroen, begeleider bij de codeerclub in de bibliotheek. Ruben heeft vandaag een super spelletje gemaakt
B|Leuk om te horen! Hij praat er thuis de hele tijd over
A|We hebben een paar oude laptops gekregen van een bedrijf. Kinderen mogen er een lenen voor thuis. Zal ik een leenformulier meegeven?
B|Graag! Wat moet ik invullen?
A|Naam, adres en handtekening van een ouder. De laptop gaat terug als hij stopt met de club
B|Prima
A|Nog iets: we hebben een Discord-server voor de club. Kinderen van 13+ mogen erop, ouders kunnen ook lid worden en meelezen. Begeleiders sturen nooit privéberichten
B|Fijn dat jullie dat zo regelen. Ruben is 12, dus nog even niet
A|Klopt, dan gaat alles via de mail naar u. Volgende maand is er een uitje naar een game-expo in Utrecht, met toestemmingsformulier
B|Klinkt leuk, ik wil wel mee als ouder-begeleider
A|Heel graag, we zoeken nog twee ouders. Ik zet u op de lijst
B|Top, tot zaterdag
""")

# N15 en-US adults dating, moving in together in another city
add("neg", 0, "en", [],
    {"A": "sam.ortiz", "B": "jordan_lee88"}, "2026-05-12 20:40", """
A|ok so I ran the numbers for the Denver place. rent is 2100, split 50/50 thats 1050 each
B|ok that works. new job starts the 3rd so first paycheck is the 17th
A|I can cover the deposit and you pay me back whenever, no stress
B|no I want to pay half now, I have it in savings. sending 900
A|you're so stubborn lol. ok received ❤️
B|did your mom freak out when you told her
A|she cried but then asked if she can visit at thanksgiving 😂
B|of course she can. my sister wants to come in december
A|we're gonna need a bigger couch
B|lol. also I'm keeping my lease till end of month just in case the move gets delayed
A|smart. I'll book the truck for the 28th
B|I'll send you the moving company quote too so we can compare
A|deal. 31 and finally living together, who knew
B|about time lol. love you
A|love you too
""")

# ---------------------------------------------------------------- part 5

# N16 en-IE nightclub/bar job abroad for an adult with a real contract
add("neg", 0, "en", [],
    {"A": "SunSeason_Staffing", "B": "roisin.byrne"}, "2026-03-30 11:15", """
A|Hi Róisín, thanks for applying for the bar staff role in Ibiza for the summer season. Are you still available 1 June to 30 September?
B|Hiya, yes I am! I'm finishing college in May
A|Grand. Just confirming you're over 18? We'll need a copy of your passport for the employer's contract and social security registration
B|I'm 21. Do I send the passport to you?
A|Please upload a scan through our secure portal (link in the email). Never by WhatsApp. You keep the original at all times, the employer won't hold it
B|Brilliant. What's the pay like?
A|€1,450 net a month on a Spanish employment contract, 40 hrs a week, shared staff accommodation at €250/month deducted as per the contract. Flights are your own cost. No fees to us, the employer pays our fee
B|And what's the job exactly?
A|Bar service and glass collection at a beach club, mostly day shifts, uniform provided. You'll get the full contract in English and Spanish before you sign. Have a read, run it by a friend or a union if you like
B|Perfect, I'll read it tonight
A|No rush, you've a week. Our Dublin office is on 555-0118 if you'd rather a call
""")

# N17 en-PH legitimate overseas hiring post with anti-scam warning
add("neg", 0, "en", [],
    {"A": "Bayanihan Manpower Services (official)"}, "2026-05-25 08:00", """
A|📢 NOW HIRING: Housekeeping Attendants & F&B Servers for a resort hotel in Macau. Requirements: 21-40 y/o, at least 1 yr hotel experience, valid passport, with NBI clearance. 2-year contract verified by the government migrant workers office, salary and benefits stated in the contract. NO PLACEMENT FEE for these positions. We will NEVER ask you to pay for your plane ticket, hold your passport, or send "full body" photos. Apply in person at our office Mon-Fri 9am-4pm or email careers@example.org. Always check our license number on the government website before applying. Beware of fake recruiters using our name on Facebook and Telegram! Ingat po tayong lahat 🙏
""", to="#OFW-Jobs-Abroad-PH")

# N18 en-UK runaway helpline chat with a 15-year-old
add("neg", 0, "en", [],
    {"A": "anon_4471", "B": "SafeStreet helpline (Jess)"}, "2026-02-02 02:14", """
A|hi is this the runaway chat
B|Hi, yes, you're through to SafeStreet. I'm Jess. You can stay anonymous. What's going on?
A|i left home last night. im at a mates but i cant stay
B|Thanks for reaching out, that took guts. Are you safe right now, where you are?
A|yeah for now
B|Okay. Can I ask roughly how old you are? It just helps me know what options there are for you
A|15
B|Thanks. Nobody here will make you go home. We can talk through what's happened and what you'd like to happen next
A|some woman online said she can give me a room and a job but i dont know
B|I'm really glad you mentioned that. Please be careful with offers like that from people you don't know, especially if they tell you not to tell anyone. That's a warning sign
A|she said not to tell social services
B|Someone who genuinely wants to help wouldn't ask you to hide from the people whose job is to keep you safe. Would you like me to explain what could actually happen for you tonight?
A|ok
B|There are emergency places for young people your age. We can also do a three-way call with you and a social worker, and you stay on the line with me the whole time. You don't have to send anything or meet anyone you don't know
A|can i think about it
B|Of course. This chat's open 24/7, and you can ring us free on 555-0170. If you're ever in danger, please call 999
""")

# N19 en-NG news post about a trafficking rescue
add("neg", 0, "en", [],
    {"A": "EdoDailyNews"}, "2026-07-02 07:30", """
A|BENIN CITY: Fourteen girls aged between 15 and 23 have been rescued at a checkpoint near the northern border, officials of the anti-trafficking agency said on Tuesday. The girls told investigators they had been promised jobs as hairdressers and "hostesses" in Europe, and that recruiters said they would repay "travel debts" of up to €40,000 from their wages. Some said they were made to swear oaths at a shrine before departure. Two suspects, a 41-year-old woman and her driver, are in custody. The agency urged parents to be wary of anyone offering free travel abroad in exchange for a debt, and asked the public to report suspicious offers to its hotline, 555-0188.
""", to="public_feed")

# N20 en-IN friends discussing a genuine job offer abroad
add("neg", 0, "en", [],
    {"A": "rohan.kulkarni", "B": "aditya_p"}, "2026-08-08 21:05", """
A|Bro got an offer from a hotel in Dubai for F&B supervisor
B|Nice! Through which agency?
A|Hotel HR directly, two video interviews. They sent an offer letter with the contract
B|Check if they're asking any fees. My cousin got scammed with "visa processing charges"
A|No fees. Company pays visa and flight, it's in the contract. Passport stays with me, they mentioned that specifically
B|Good sign. Also call the hotel landline from their real website, not the number in the email
A|Did that, HR confirmed. 6500 AED plus accommodation
B|Then go for it 🎉 party before you leave
A|Haha done. Mom already crying
B|😂 tell aunty it's a 3 hr flight, you'll come every Diwali
""")

# N21 en-CA adult promo job at a local club with contract and payroll
add("neg", 0, "en", [],
    {"A": "aurora_lounge_mgmt", "B": "taylor.nguyen"}, "2026-04-16 15:20", """
A|Hey Taylor, thanks for coming in Thursday. We'd like to offer you the promo team position at Aurora Lounge
B|Awesome thanks!!
A|It's part time, Fri/Sat 9pm-2am, $18/hr plus commission on guest list sign-ups. All through payroll, T4 at year end
B|Do I need Smart Serve?
A|Yes, if you don't have it we reimburse the course. Has to be 19+, I just need to see ID when you sign the contract
B|I'm 23 and I have it already 😊
A|Perfect. Dress code is all black, your choice of what. Nobody on the team is expected to drink with guests or leave with them, and security walks staff to their cars at close
B|Good to know, that's actually a relief
A|Contract's in your email, read it over and bring it signed Friday at 8
B|Will do, see you then
""")

# N22 es adults dating, moving cities together, splitting a deposit
add("neg", 0, "es", [],
    {"A": "marta.gv", "B": "dani_rl"}, "2026-06-11 21:30", """
A|amor, ya firmé el contrato del piso en Valencia 🥳
B|¡¡por fin!! qué ganas de estar allí
A|la fianza son 1.600, ¿a medias como dijimos?
B|claro, te hago bizum ahora
A|recibido 😘 oye, ¿tu madre ya sabe la fecha?
B|sí, dice que viene a ayudarnos con la mudanza, prepárate jaja
A|jajaja genial, así monta ella los muebles
B|yo empiezo en el hospital el día 3, tú sigues en teletrabajo, ¿no?
A|sí, el jefe me deja seguir en remoto. y si Valencia no nos gusta, volvemos, no pasa nada
B|nos va a encantar. 32 años y por fin viviendo juntos 😂
A|te quiero, tonto
B|y yo a ti
""")

# N23 nl awareness post about loverboys, with a reply
add("neg", 0, "nl", [],
    {"A": "jongerenwerk_oost", "B": "moeder_van_3"}, "2026-03-06 12:00", """
A|Ouders en jongeren, even aandacht 🙏 Loverboys (ook wel pooierboys) maken meisjes én jongens eerst verliefd en afhankelijk, en dwingen ze later tot seks voor geld. Signalen: een nieuwe, vaak oudere vriend met veel cadeaus of een dure telefoon, steeds minder contact met vrienden en familie, ineens 'schulden' die terugbetaald moeten worden, spijbelen, een tweede telefoon. Praat erover zonder te oordelen. Vragen of zorgen? Bel anoniem 555-0190 of kijk op example.org/loverboys
B|Dank voor het delen. Heb het vanavond met mijn dochter besproken, goed gesprek gehad
""", to="#buurtapp-oost")

# N24 en-US teen friends discussing a sextortion warning from school
add("neg", 0, "en", [],
    {"A": "cole.r_09", "B": "devon_m"}, "2026-01-29 20:12", """
A|did u see the email from school about the sextortion thing
B|ya my mom made me read it out loud 💀
A|lol. but fr some account just followed me, says shes a girl from crestview and keeps asking for my snap
B|bro thats literally what the email said. any mutuals?
A|2 but theyre randoms who follow everyone
B|just block and report. dont send anything
A|already didnt reply. should i tell my dad
B|yeah, the email said even if u did send something its not ur fault, dont pay, tell an adult and report it
A|i didnt send anything tho
B|then ur fine, still block. and tell coach, he said some guys on the team got the same dm last month
A|for real? ok
B|theres a takedown site for pics too i think, example.org/takeitdown or smth
A|ok blocked + reported. telling my dad at dinner
B|👍 gg
""")

# N25 en-UK mum and teenage son talk about news on sextortion
add("neg", 0, "en", [],
    {"A": "Mum", "B": "ryan.h"}, "2026-02-19 16:35", """
A|Saw this on the news, about teenagers being blackmailed over photos. Police say it's happening a lot to lads your age
B|mum i know, we had an assembly
A|I just want you to know if anything like that ever happened you wouldn't be in trouble. You come straight to me
B|yeah yeah
A|I mean it. They said the criminals pretend to be girls and then demand money. Never pay, don't delete anything, tell me and we go to the police together
B|ok mum. no ones messaged me like that
A|Good. And the AI fake pictures thing, that's not your fault either if someone does that
B|i know. Jake's sister had something like that, the school sorted it with the police
A|Poor girl. Glad they sorted it. Love you, tea's at 6
B|love you too. can we have pizza
A|Nice try 😂
""")

# N26 en-NG news post about sextortion arrests
add("neg", 0, "en", [],
    {"A": "LagosMetroReport"}, "2026-05-14 06:45", """
A|LAGOS: Police have arrested three men suspected of running a sextortion ring that targeted teenagers abroad, a spokesperson said on Monday. The suspects allegedly posed as young women on social media, persuaded victims to share images, then threatened to send them to family and friends unless they paid in gift cards or crypto. Investigators recovered 19 phones and laptops. The spokesperson warned young people never to pay and to report such threats immediately, adding that victims are not to blame. Anyone with information can call 555-0155.
""", to="public_feed")

# N27 en-CA school counsellor notice to parents
add("neg", 0, "en", [],
    {"A": "Lakeview SS Guidance Office", "B": "parent_k.singh"},
    "2026-03-10 08:30", """
A|Dear Lakeview families, we've been made aware of a rise in online sextortion attempts targeting students in grades 8-12. Typically, someone poses as a teen on social media or in a game, moves the chat to another app, gets a photo or records a video call, then demands money or more pictures. Please remind your kids: it is never their fault, they should not pay or comply, should keep the messages, block, and tell a trusted adult. Our counsellors are available all week, and you can call the school at 555-0121. Resources: example.org/lakeview-online-safety
B|Thank you for sending this. We went over it with both our kids at dinner, very helpful
""", to="Lakeview parents mailing list")

# N28 en-IN adult friends: one got a scam threat, friend says don't pay
add("neg", 0, "en", [],
    {"A": "nikhil_s90", "B": "farhan.q"}, "2026-07-19 23:40", """
A|Bro some unknown number video called me, I picked up thinking it's office. Random woman, I cut in 5 seconds
A|Now they're sending screenshot of my face with some edited video and saying pay 20k or they'll send to my contacts
B|Classic scam yaar. Don't pay even one rupee, they'll keep asking
A|But they have my LinkedIn, my boss's name
B|Let them. It's morphed, anyone can see. Take screenshots of everything, block, and file a complaint on the national cybercrime portal
A|Should I tell my family before they do
B|Yes, tell your sister at least, and post a small note on your profile that your number is being misused. That kills their leverage
A|Ok doing it. Feeling stupid
B|You did nothing wrong. They do this to thousands daily
A|Thanks bro. Filing now
B|Call me after, I'm up
""")

# N29 pt friends discussing a sextortion alert
add("neg", 0, "pt", [],
    {"A": "bia.santos", "B": "lari_mendes"}, "2026-04-20 21:15", """
A|amiga vc viu o alerta que a escola mandou sobre sextorsão?
B|vi, minha mãe leu em voz alta no jantar kkk que vergonha
A|kkkk mas sério, a prima da Duda passou por isso. um cara fingiu ser menino da idade dela e depois começou a ameaçar
B|nossa, e aí?
A|ela contou pra mãe, elas foram na delegacia e denunciaram o perfil. não pagou nada
B|fez certo. o alerta dizia isso: não mandar nada, não pagar, salvar as mensagens e contar pra um adulto
A|sim. e que a culpa nunca é da vítima
B|vou deixar meu insta privado hoje mesmo
A|eu também. amanhã a gente fala com a orientadora sobre aquela palestra?
B|bora, depois da aula
""")

# N30 de friends discussing a sextortion / deepfake warning
add("neg", 0, "de", [],
    {"A": "jonas_w", "B": "mert.k"}, "2026-02-25 19:50", """
A|hast du die Warnung von der Polizei gesehen? wegen Sextortion und Deepfakes
B|ja, Frau Keller hat's in der Klasse vorgelesen
A|bei meinem Cousin hat einer behauptet, er hätte Fake-Bilder von ihm gemacht, und wollte Geld
B|krass. hat er bezahlt?
A|nee, zum Glück nicht. hat alles gescreenshottet, blockiert und ist mit seinem Vater zur Polizei
B|genau so steht's auch in der Warnung: nicht zahlen, nichts löschen, Erwachsenen Bescheid sagen
A|und die Bilder kann man über so eine Meldestelle löschen lassen
B|gut zu wissen. ich stell mein Profil mal auf privat
A|ich auch. zocken wir heute noch?
B|klar, um 8
""")

# ---------------------------------------------------------------- part 6
# checks + output

ALLOWED_CODES = {"job_offer", "romance", "vulnerability", "isolation",
                 "secrecy", "off_platform", "travel_meet",
                 "money_gifts_debt", "control", "commercial_sex",
                 "sextortion", "age_probe", "compliments_trust",
                 "risk_assessment", "exclusivity", "photo_request",
                 "sexual_talk", "meeting"}
PHONE_RE = re.compile(r"\b\d{3}-\d{4}\b")
DOMAIN_RE = re.compile(r"\b[\w.-]+\.(?:com|org|net|io|gg|co|uk|me)\b", re.I)


def check():
    assert len(CONVS) == 60, len(CONVS)
    assert sum(c["label"] for c in CONVS) == 30
    kinds = {}
    for c in CONVS:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    assert kinds == {"groom": 14, "recruit": 9, "sextort": 7, "neg": 30}, kinds
    langs = {}
    for c in CONVS:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    assert langs["en"] == 42 and sum(langs.values()) - langs["en"] == 18, langs
    assert set(langs) <= {"en", "es", "pt", "fr", "de", "nl"}
    for c in CONVS:
        n = len(c["messages"])
        if c["kind"] == "groom":
            assert 12 <= n <= 45, (c["kind"], n)
        if c["kind"] == "recruit":
            assert 1 <= n <= 15, (c["kind"], n)
        assert set(c["codes"]) <= ALLOWED_CODES, c["codes"]
        assert (c["label"] == 1) == bool(c["codes"])
        prev = ""
        for m in c["messages"]:
            assert m["ts"] > prev, m
            prev = m["ts"]
            for p in PHONE_RE.findall(m["text"]):
                assert p.startswith("555-01"), p
            for d in DOMAIN_RE.findall(m["text"]):
                assert d.lower().startswith(("example.com", "example.org")) \
                    or d.lower() in ("example.com", "example.org"), d
    return kinds, langs


def main():
    check()
    order = list(range(len(CONVS)))
    random.Random(int(NN)).shuffle(order)
    counters = {}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "probe%s.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as f:
        for i in order:
            c = CONVS[i]
            counters[c["lang"]] = counters.get(c["lang"], 0) + 1
            rec = {"id": "p%s-%s%d" % (NN, c["lang"], counters[c["lang"]]),
                   "label": c["label"], "codes": c["codes"],
                   "lang": c["lang"], "messages": c["messages"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
