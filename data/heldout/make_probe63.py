#!/usr/bin/env python3
"""Deterministic builder for probe63.jsonl (synthetic, non-explicit chats).

Theme: modern app DMs (Instagram, Snapchat, TikTok, Discord, Roblox,
Fortnite, Minecraft servers) with Gen-Z slang. All names/handles invented.
"""
import datetime
import json
import os
import re

NN = 63
GAPS = [41, 96, 23, 187, 64, 12, 305, 58, 131, 77, 19, 244, 88, 36, 153, 9, 402, 71, 27, 118]
ITEMS = []


def C(lang, label, codes, start, names, script):
    """names: key -> handle; optional '_to' = group/public recipient.
    script lines: 'k| text'  or  '+SECONDS' (extra time jump)."""
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    keys = [k for k in names if not k.startswith("_")]
    msgs = []
    n = len(ITEMS)
    first = True
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("+") and line[1:].isdigit():
            t += datetime.timedelta(seconds=int(line[1:]))
            continue
        k, text = line.split("|", 1)
        k = k.strip()
        text = text.strip()
        if not first:
            t += datetime.timedelta(seconds=GAPS[(n + len(msgs)) % len(GAPS)])
        first = False
        if "_to" in names:
            rcpt = names["_to"]
        else:
            others = [x for x in keys if x != k]
            rcpt = names[others[0]]
        msgs.append({"sender": names[k], "recipient": rcpt,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"label": label, "codes": codes, "lang": lang, "messages": msgs})


# ======================================================================
# POSITIVES - grooming of 11-15-year-olds (12)
# ======================================================================

# G1 en-US, Roblox -> Discord, long
C("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy",
            "risk_assessment", "isolation", "exclusivity", "photo_request"],
  "2026-01-10T19:02:11Z", {"a": "xXshadowvibezXx", "b": "kaylaa_bloxx"}, """
a| yo ur build in brookhaven is lowkey fire 🔥
b| omg tyy 😭 took me like 3 days
a| fr?? u should be a dev when ur older lol
b| lmaooo maybe
a| how old r u anyway if u dont mind me asking
b| 12 turning 13 in june
a| no way i thought u were like 15, u talk so mature
b| lol everyone says that
a| im 17 btw dont worry im chill
b| ok 😂
a| u got robux? i got like 4k for my bday, i can send u some for the bloxburg house
b| wait forreal?? u dont have to
a| nah its nothing fr. whats ur user again
b| kaylaa_bloxx
a| sent 800 check 👀
b| OMGGG TYSM 😭😭 ur literally the nicest
a| ofc 🫶 ngl roblox chat is so annoying it tags everything. u got discord?
b| my mom said im not allowed til im 13
a| lol she wont know. its free, add me @shdw.vibez
b| idk
a| its fine if ur scared lol i just thought u were more grown than that
b| im not scared 🙄 ok i made one
+3600
a| heyyy 👋 see way better here
b| yeahh
a| does ur mom check ur phone or nah
b| sometimes on weekends
a| ok just delete our dms after, not bc anything bad its just parents get weird abt older friends ykyk
b| ok lol
a| ur the only one i actually talk to on here fr. the girls at my school r so fake
b| awww 🥺
a| whos in ur room rn
b| nobody my sis is at practice
a| bet. hop in vc n turn ur cam on, wanna see the real kayla 😊
b| rn??
a| just for a sec, ill send more robux after 👀
""")

# G2 en-UK, Fortnite -> Snapchat, medium
C("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform"],
  "2026-01-14T17:31:40Z", {"a": "Tw1st_FN", "b": "alfie.sweats"}, """
a| gg mate that clutch was mad
b| cheers bruv 😂 ur cracked at building
a| how old are u? u play like a proper adult
b| 13 lol
a| nahhh ur well mature for 13 innit. im 17
a| want the new skin? ill gift it, got loads of vbucks just sat there
b| wait fr?? yh pls
a| done. just dont tell ur mum ive been gifting u, she'll think its weird lol
b| ahaha she wouldnt even know what vbucks are
a| where u playing from anyway, bedroom?
b| yh
a| anyone else in there or just u
b| just me why
a| just so u can talk on mic properly lol. add me on snap its easier than party chat, twist.fn07
""")

# G3 en-AU, short
C("en", 1, ["photo_request", "risk_assessment", "money_gifts_debt"],
  "2026-01-18T05:12:03Z", {"a": "sk1pper_au", "b": "coop.h_"}, """
a| oi ur cam still off lol flick it on for a sec, just wanna see who im gaming with 😅 ill chuck u the 1000 vbucks after
a| whos in ur room? ur mum still at work til late like u said this arvo
b| ya shes at work til 6
""")

# G4 en-US, Minecraft server admin -> Snapchat, long
C("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
            "vulnerability", "isolation", "off_platform", "photo_request"],
  "2026-01-20T23:40:55Z", {"a": "Admin_Koda", "b": "tobyplayz_"}, """
a| hey toby saw u got griefed at spawn, i rolled it back for u
b| wait ur an admin?? thank u sm
a| np lil bro. how old r u btw, need it for the server rules lol
b| 11
a| cool cool. ur actually rly good at redstone for 11 no cap
b| ty 😁
a| i could give u builder rank, normally its $15 on the store but ill do it free
b| YESSS pls
a| done ✅ dont tell the other kids tho or theyll all want it
b| ok i wont
a| u on a lot at night huh
b| yeah my dad works nights so i just play
a| same my parents r never around either. its kinda lonely ngl
b| ya
a| i got u tho. u can always talk to me about anything
b| ok
+86400
a| yo u on? add me on snap, discord keeps logging me out: koda.mc.22
b| i dont have snap
a| just download it, takes 2 sec. u dont have to tell ur dad, its just for us
b| ok i got it
a| ayy. send me a pic so i know its u and not some random 😂
b| of what
a| just u lol, like a selfie in ur room
b| idk i look weird rn
a| u dont lol. ill make u co-admin on the new server if u do 👀
b| fr??
""")

# G5 en-PH (Taglish), Instagram, medium
C("en", 1, ["compliments_trust", "age_probe", "travel_meet", "meeting", "photo_request", "secrecy"],
  "2026-01-23T11:08:27Z", {"a": "migs.rivera_", "b": "itsjanellee"}, """
a| hiii sorry random but ur tiktok dance sa page mo is so cute po 😭
b| omg thank u po hehe
a| ilang taon ka na? u look 16 haha
b| 13 po
a| waaait for real?? ur so mature mag-isip, ang layo mo sa mga kaedad mo
b| hahaha thank u
a| im 17 lang naman, dont worry 😅 u from cebu din?
b| yes! mandaue
a| sameee we can meet sometime sa mall, libre kita milk tea 🧋
b| hala i cant go out alone pa po
a| its fine chat muna tayo. pwede mo ba ako send ng pic mo today? just for me lang, not for posting
b| why po
a| para alam ko na real ka haha. and wag mo na sabihin sa mama mo ha, overprotective sila e
""")

# G6 en-NG, TikTok -> Snapchat, long
C("en", 1, ["age_probe", "compliments_trust", "vulnerability", "off_platform", "isolation",
            "money_gifts_debt", "secrecy", "risk_assessment", "photo_request"],
  "2026-01-25T20:15:02Z", {"a": "tunde_vibes17", "b": "ada.xo_"}, """
a| your last video got me laughing die 😂😂 the one with your brother
b| lmaooo he's so annoying
a| na so brothers be. how old are you sef?
b| 14
a| ah small girl but you talk like big aunty 😂 you're very mature o
b| 😂😂 thank you
a| I'm 17, SS3. WAEC is stressing me
b| eyaa sorry
a| your parents dey strict?
b| my dad is, he's always shouting. him and my mum have been fighting a lot
a| sorry dear. you don't deserve that at all. you can always talk to me when it's much
b| thanks 🥺
a| how far, you have snap? tiktok dm is too public
b| yes ada.xo2
a| added. it's better here. nobody to dey monitor us 😌
b| lol
+5400
a| I was like you at your age. back when I was in uni nobody understood me
b| uni?? i thought u were 17
a| lol I meant JSS. typo 😂
b| ohh ok
a| let me send you data so we can talk more. which network?
b| mtn
a| sent 2gb. don't tell your dad, he will think rubbish
b| thank youuu
a| what time is everybody asleep for your house? let's video call
b| after 11
a| ok. just you alone ehn, don't let your brother know 🤫
""")

# G7 en-IN, Minecraft/Discord, medium
C("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
            "isolation", "exclusivity"],
  "2026-01-27T16:44:19Z", {"a": "vihaan.op", "b": "anshh_mc"}, """
a| bhai ur bedwars gameplay is insane 🔥 which class r u in
b| 7th bhaiya
a| arre so young and already this good. u r more mature than my friends yaar
b| haha thanks
a| i can gift u nitro, ur pfp would look sick animated
b| really?? 😳
a| ya done check. just keep it between us ok, my other friends will get jealous lol
b| ok bhaiya thank uuu
a| do ur parents check ur discord
b| no they dont know i have it
a| good, better that way. delete this chat after ok. we'll talk in my private server, only u and me there
b| ok
a| join vc at night when everyone sleeps, i'll teach u pro tricks
""")

# G11 en-JM, single message
C("en", 1, ["photo_request", "risk_assessment", "money_gifts_debt", "secrecy"],
  "2026-01-29T01:22:48Z", {"a": "rudeboi_kez", "b": "tiana.blox"}, """
a| yuh cam still off? turn it on nuh, mi jus wah see yuh face. who deh inna di room wid yuh? mi sen di robux already so yuh cyaan seh no 😉 an nuh tell yuh madda bout mi
""")

# G12 en-US, Snapchat, meeting, medium
C("en", 1, ["compliments_trust", "age_probe", "meeting", "travel_meet", "money_gifts_debt", "secrecy"],
  "2026-02-01T21:03:33Z", {"a": "jay.17x", "b": "brooklyn.m12"}, """
a| yo happy 100 day streak 🔥🔥
b| omg yesss
a| we been talking for so long and still never met lol
b| ikr 😭
a| u said ur 14 right? lowkey forget ur not my age ur so mature
b| lmao yeah
a| im tryna come to the mall by u saturday, ill get u those airpods u wanted
b| fr?? my mom wont let me go w someone she doesnt know tho
a| just say ur going w ur friend lol. its not a big deal
b| idk 😬
a| ill pick u up at the corner by ur school so u dont gotta walk. delete this after lmao
b| ok maybe
""")

# G8 es, Roblox -> Discord, long
C("es", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform",
            "risk_assessment", "photo_request"],
  "2026-02-03T18:20:00Z", {"a": "Dani_17_rblx", "b": "sofii.roblox"}, """
a| holaa vi tu casa en bloxburg, esta brutal 😍
b| jajaja graciass
a| cuantos años tienes? pareces mas grande por como escribes
b| 12
a| en serio?? eres super madura para 12 eh. yo tengo 17
b| ahh okk
a| te paso robux si quieres, me sobran un monton
b| de verdad? 😳
a| siii, dime tu user
b| sofii_xd2014
a| listo, 1000 robux 💸
b| GRACIAAAS eres el mejor
a| no digas nada a tus padres eh, que luego piensan cosas raras de los amigos mayores
b| vale
a| el chat de roblox censura todo, tienes discord?
b| no me dejan
a| hazte uno y ya, es gratis jaja. agregame: dani.rbx17
b| vale ya lo tengo
+7200
a| holaaa por aqui mejor 😌
b| sii
a| tus padres revisan tu movil?
b| a veces mi madre
a| pues borra los mensajes despues porfa. esto es solo nuestro
b| vale
a| estas sola en tu cuarto ahora?
b| si
a| pon la camara un momento, quiero verte de verdad 🙈 y te paso mas robux
""")

# G9 pt-BR, Roblox -> Discord, medium
C("pt", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment"],
  "2026-02-05T15:37:12Z", {"a": "gui_17_br", "b": "manu.rblx"}, """
a| oiii vc joga mt bem adopt me kkkk
b| kkkk obg
a| quantos anos vc tem?
b| 11
a| nossa parece bem mais velha, vc é mt madura sabia
b| kkkkk sério?
a| sério. eu tenho 17. quer robux? te mando 400 agora
b| SIMMM
a| pronto 💸 mas não conta pra sua mãe tá, ela vai achar estranho
b| tá bom
a| me passa seu zap ou insta, aqui no roblox não dá pra conversar direito
b| eu n tenho celular só tablet
a| tem discord no tablet? baixa lá e me chama, guizin.17. e apaga essa conversa depois kkk
b| ok
a| quem fica em casa com vc de tarde?
b| ninguem minha mãe trabalha
""")

# G10 de, Fortnite -> Discord, medium
C("de", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
            "off_platform", "photo_request"],
  "2026-02-07T17:55:44Z", {"a": "LuxxFN17", "b": "ben.fn.zockt"}, """
a| gg bro, du bist echt krass für dein alter
b| danke 😎
a| wie alt bist du eigentlich?
b| 12
a| digga du redest wie 16, voll reif. ich bin 17
a| willst du den neuen battle pass? ich schenk dir die vbucks
b| echt jetzt?? ja bitte
a| hab ich gemacht. aber sag deinen eltern nix, die raffen das eh nicht
b| ok
a| wo zockst du, im zimmer? allein?
b| ja
a| mach mal kurz die cam an auf discord, will sehen mit wem ich zock 😄 mein name: luxx.fn
b| hmm ok gleich
""")

# ======================================================================
# POSITIVES - sextortion (8)
# ======================================================================

# S1 en-US, IG -> Snapchat, long
C("en", 1, ["romance", "off_platform", "photo_request", "sextortion", "money_gifts_debt", "control"],
  "2026-02-08T22:04:10Z", {"a": "jess.xoxo_08", "b": "e.thannn_"}, """
a| heyyy u go to westfield high right? i think we have mutuals 😊
b| ya who dis
a| jess! i just moved here from texas. ur kinda cute ngl 🙈
b| lol thanks
a| wanna add me on snap? jessxo.tx
b| bet
+1800
a| so what u doing rn
b| just chillin in my room
a| sameee. im bored 😩
b| same lol
a| send me a pic of u rn, just for me, ill send one too 🙈
b| lol ok
+3600
a| ok now listen carefully
a| i have ur pics and i screenshotted ur whole following list. ur mom, ur coach, everyone on ur team
b| wtf is this
b| is this a joke
a| not a joke. send $500 in apple gift cards or i post them everywhere and dm them to all ur followers
b| i dont have 500 im 16 bro
a| then find it. u have 30 min ⏱️
b| please dont do this please
a| 25 min. buy cards at walgreens and send the codes here
b| i only have like 120 in my cash app
a| send it now and get the rest tomorrow. or ur whole school sees
b| ok ok please wait
a| 20 min. tick tock
""")

# S2 en-UK, crypto, medium
C("en", 1, ["sextortion", "money_gifts_debt", "control"],
  "2026-02-09T23:48:31Z", {"a": "amelia.rose.x", "b": "callum.w11"}, """
a| so u really thought u were talking to a real girl lol
a| ive got the vid and a screenshot of all 600 of ur followers incl ur nan and ur school's page
b| what?? delete it
a| 300 quid in bitcoin and i delete everything. wallet address in next msg
b| im 15 i dont have bitcoin
a| then use the crypto machine in the tesco near u. u got 1 hour
b| please ill do anything just dont send it
a| 55 min. every 10 min late i send it to 5 more people
b| ive got 80 quid thats it
a| send 80 now on paypal then the rest tomorrow. dont even think about blocking me
""")

# S3 en-AU, single message
C("en", 1, ["sextortion", "money_gifts_debt", "control"],
  "2026-02-10T09:31:00Z", {"a": "chloe.gc.xx", "b": "lachie_m04"}, """
a| listen mate, ive got ur pics n ur followers list. $250 in steam cards by 9pm or every1 at ur school sees em. block me n i post straight away. 60 mins ⏳
""")

# S4 en (NG-style scammer to US teen), medium
C("en", 1, ["romance", "sextortion", "money_gifts_debt", "control"],
  "2026-02-11T03:12:45Z", {"a": "chloe_lovesyou77", "b": "mason.rdz"}, """
a| hey baby you still there? 😘
b| ya
a| I need to tell you something. I recorded our video call
b| what do you mean
a| [image]
a| I have made a collage with your face and your friends list. if you don't pay $400 I will send it to your mom, your school and your instagram followers
b| bro im 15 i cant get 400
a| then tell me how much you have. don't waste my time
b| i have 50 on google play
a| send the code now. we will discuss the remaining. you have 15 minutes
b| please delete it after
a| I am a man of my word. send the code
""")

# S5 en-IN, Valorant lobby -> Instagram, long
C("en", 1, ["romance", "age_probe", "off_platform", "photo_request", "sextortion", "money_gifts_debt", "control"],
  "2026-02-12T17:06:22Z", {"a": "riyaa.sharmaa_", "b": "arjunnn.k"}, """
a| hii arjun we met in the valorant lobby na? 😊
b| ohh ya hi
a| ur voice was so cute yaar
b| haha thanks
a| which class?
b| 10th
a| same 😍 lets talk on insta, discord is boring
b| ok
+2400
a| u there?
b| ya
a| vc karein? camera on, i want to see u 🙈
b| ok
+3600
a| screen recorded everything 🙂
a| now do what i say. send 10k on upi or i send this to ur family whatsapp group and ur school page
b| pls delete it riya pls
a| no riya here lol. 10k in 1 hour
b| i sent 2000 thats all i have
a| received. now 8000 more by tonight
b| i told u i dont have
a| take from ur papa's wallet. u have till 10pm ⏰
b| if i pay will u delete
a| first pay. then we see
b| i cant do this
a| 9:45 now. 15 min left. i already followed ur cousin 🙂
""")

# S6 fr, medium
C("fr", 1, ["sextortion", "money_gifts_debt", "control"],
  "2026-02-13T21:41:09Z", {"a": "lea.dmx_", "b": "noah.lbt"}, """
a| coucou t'es toujours là ? 😘
b| ouais
a| bon je vais être direct. j'ai enregistré tout ce que tu m'as envoyé hier soir
b| quoi ?? c'est quoi ce délire
a| j'ai aussi la liste de tes abonnés, ta mère, tes potes du lycée, ton club de foot
a| 200€ en recharges Paysafecard et je supprime tout. sinon je publie partout
b| j'ai 15 ans j'ai pas 200€
a| débrouille-toi. t'as 45 minutes ⏳
b| stp supprime j'ai 40€ max
a| envoie les 40 maintenant, le reste demain. si tu me bloques j'envoie direct à tout le monde
""")

# S7 nl, medium
C("nl", 1, ["romance", "off_platform", "photo_request", "sextortion", "money_gifts_debt", "control"],
  "2026-02-14T19:27:50Z", {"a": "sannexo_", "b": "daan.vdb_"}, """
a| heyy jij zit toch op het stedelijk? 😊
b| ja hoezo
a| lijkt me leuk om te kletsen, kom je op snap? sanne.xo04
b| oke
+1800
a| stuur ook eens een foto van jou dan, alleen voor mij 😇
b| haha oke
+5400
a| oké luister. ik heb je foto's en een screenshot van al je volgers
a| 150 euro in bitcoin of cadeaukaarten, anders stuur ik alles naar je klasgenoten en je ouders
b| wat?? doe normaal ik ben 15
a| je hebt 1 uur. elke 10 min te laat stuur ik het naar 10 mensen meer
b| ik heb alleen 35 euro op m'n rekening
a| stuur die nu. tik tak ⏱️
""")

# S8 en-PH (Taglish), short
C("en", 1, ["sextortion", "money_gifts_debt", "control"],
  "2026-02-15T13:02:14Z", {"a": "kristine.dlc", "b": "jm.santos_"}, """
a| hoy ikaw, nasa akin na lahat ng pics mo and ss ng friends list mo sa fb. 3k sa gcash within 1 hour or i send sa gc ng section nyo at sa mama mo. wag mo ko i-block
b| please po wag 15 lang po ako wala akong pera
a| 55 mins. tig-500 pwede muna basta magsend ka ngayon
""")

# ======================================================================
# POSITIVES - loverboy / peer recruitment of 15-19-year-olds (6)
# ======================================================================

# L1 en-UK, Instagram, long
C("en", 1, ["vulnerability", "romance", "compliments_trust", "money_gifts_debt", "isolation",
            "commercial_sex", "control", "secrecy", "exclusivity"],
  "2026-02-16T22:10:05Z", {"a": "dre.mvp", "b": "keiraa.mae"}, """
a| u alright? saw ur story, u looked proper fed up
b| just my mum again. shes kicked me out for the night
a| thats bare wrong, ur 17 not 7. where u staying?
b| my mates sofa prob
a| nah u deserve better than a sofa. got a spare room at mine
b| i dont even know u like that lol
a| fair. but i been watching how u move, ur not like these other girls. ill take care of u fr
+86400
a| got u that new iphone, its at mine. come grab it
b| omg seriously?? u didnt have to
a| ur my girl innit 🫶 thats what i do
+604800
a| babe real talk im behind on rent n im stressed
b| what can i do
a| my cousins girl makes bank just chilling w some of my boys, couple hours a night. easy money
b| chilling how
a| just keeping them company, dont overthink it. they pay for the vibe
b| idk dre that dont sound right
a| after everything i done for u? the phone, the room, the food?
a| u owe me for the phone alone thats 900
b| i thought it was a gift
a| nothing in life is free babe. do this once for us n we're square
b| just once?
a| just once. n dont say nothing to ur mates, theyll be jealous of what we got
b| ok
a| thats my girl. ill pick u up at 9, wear something nice
""")

# L2 en-US, peer recruitment, medium
C("en", 1, ["job_offer", "commercial_sex", "money_gifts_debt", "secrecy", "meeting"],
  "2026-02-18T20:36:41Z", {"a": "mya.baddie", "b": "jaylaa.xx"}, """
a| girl where u get them nails 😍
b| lmao the salon by the plaza
a| mine r from my man 💅 he got me the bag too
b| damn u lucky
a| not luck sis i work lol. me n a couple girls go out w him on weekends, i make bank
b| work where tho ur 17
a| its not a job job. u just hang w some older guys he knows, they pay u to be there. he handles everything
b| is that safe??
a| he takes care of us fr. u always saying u broke, u could come sat
b| my mom would kill me
a| she wont know, say u sleeping at mine 🤫 delete this tho
""")

# L3 es, medium
C("es", 1, ["vulnerability", "romance", "travel_meet", "commercial_sex", "money_gifts_debt", "secrecy", "meeting"],
  "2026-02-19T23:15:30Z", {"a": "el_kevo22", "b": "valee.17"}, """
a| oye princesa, sigues peleada con tu mamá?
b| si, ya no la aguanto
a| vente conmigo a la ciudad, yo te cuido. aquí nadie te va a gritar
b| y de qué voy a vivir
a| no te preocupes por eso, mi otra chica gana buen dinero, ella te enseña
b| haciendo qué
a| acompañando a unos amigos míos, cenas, fiestas. pagan muy bien
b| no sé kevin
a| ya te compré el pasaje del bus 🚌 me debes eso al menos jaja
b| jaja bueno
a| no le digas a nadie a dónde vas y borra este chat. te espero el viernes en la terminal
""")

# L4 pt-BR, Instagram, long
C("pt", 1, ["romance", "money_gifts_debt", "vulnerability", "travel_meet", "commercial_sex",
            "control", "isolation"],
  "2026-02-20T21:50:18Z", {"a": "rafa.oficial_", "b": "thay.silvaa"}, """
a| oi linda, vc sumiu dos stories 🥺
b| to sem celular direito, quebrou a tela
a| nossa q triste. quer que eu te dê um novo? sério
b| kkkk para
a| to falando sério. vc merece. iphone 13 serve?
b| vc é louco kkkk
a| louco por vc 😏 me passa o endereço
+259200
b| chegou!!! mt obg amor ❤️
a| só quero te ver feliz. sua mãe ainda te enche?
b| todo dia. queria sair de casa
a| vem morar comigo em SP. eu cuido de vc
b| vc promete?
a| prometo. minha amiga Jéssica também mora comigo, ela ganha mt bem
b| trabalha com oq?
a| sai com uns caras de grana. só companhia, é tranquilo
b| hmm sei não
a| vc ia ganhar mais q sua mãe em um mês
+604800
a| amor já tá em SP?
b| to sim, na rodoviária
a| ótimo, vou mandar um uber. me dá o celular quando chegar, vou guardar pra vc
b| pq?
a| segurança. e lembra, o celular ainda não tá pago, vc me deve 4 mil. mas relaxa, vc paga rapidinho com a Jéssica
b| 4 mil?? vc disse q era presente
a| amor, presente é presente, mas dívida é dívida 😘
""")

# L5 en-JM, medium
C("en", 1, ["vulnerability", "compliments_trust", "money_gifts_debt", "commercial_sex", "secrecy", "meeting"],
  "2026-02-21T18:04:52Z", {"a": "bossman_dre", "b": "shanice.vibez"}, """
a| wah gwaan beautiful, yuh look sad pon yuh story
b| mi alright. jus tired a school an mi madda
a| yuh too pretty fi stress. mi can tek care a yuh, yuh nuh haffi want fi nutten
b| lol yuh nuh even know mi
a| mi know enough. mi link yuh tomorrow, mi buy yuh phone credit
a| an mi have a likkle ting fi yuh too. mi gyal dem mek nuff money every week inna town, easy work
b| wah kinda work
a| jus go party wid some big man dem, dem pay good. nuh tell nobody seh yuh a talk to mi
b| mi 16 enuh
a| age a jus number. mi come fi yuh after school friday
""")

# L6 de, Snapchat, long
C("de", 1, ["vulnerability", "romance", "money_gifts_debt", "secrecy", "meeting", "commercial_sex", "control"],
  "2026-02-22T20:19:37Z", {"a": "kenan_lbg", "b": "lina.mp4"}, """
a| na süße, wieder stress zuhause?
b| ja mein stiefvater nervt
a| du hast das echt nicht verdient. ich bin immer für dich da
b| danke 🥺
a| hab dir die airpods bestellt die du wolltest
b| was?? spinnst du 😭
a| für meine prinzessin 👑
+172800
b| wann sehen wir uns endlich
a| samstag, ich hol dich ab. sag deiner mutter du pennst bei ner freundin
b| ok 😍
+950400
a| schatz, ich hab grad echt probleme mit geld
b| was ist los
a| schulden. wenn ich nicht zahle wirds gefährlich für mich
b| wie kann ich helfen
a| meine ex hat früher mit paar freunden von mir "dates" gemacht, paar stunden, da kommt schnell geld rein
b| was für dates
a| einfach nett sein, mitgehen. nix besonderes. du würdest mir das leben retten
b| ich weiß nicht kenan
a| ich hab dir alles gegeben, die airpods, das guthaben. ich dachte du liebst mich
b| tu ich ja
a| dann mach es einmal für uns. und kein wort zu deinen freundinnen
b| ok einmal
""")

# ======================================================================
# POSITIVES - pimp control (4)
# ======================================================================

# P1 en-US, medium
C("en", 1, ["control", "commercial_sex", "money_gifts_debt"],
  "2026-02-23T01:33:08Z", {"a": "k.money_", "b": "jas.m"}, """
a| where u at
a| aint heard from u in 2 hrs
b| at the spot on 8th, its slow tonight
a| slow my ass. u at what
b| 350
a| quota is 800 u know that. dont come back short again
b| its raining nobody out here
a| then move to the motel by the interstate. send the 350 to my cash app now
b| ok sending
a| n pick up when i call. u know what happens when u ghost me
""")

# P2 en-US, single message
C("en", 1, ["control", "money_gifts_debt", "commercial_sex"],
  "2026-02-24T08:02:40Z", {"a": "big.tez", "b": "kiki.2x"}, """
a| where u at?? its 2am n u only sent 300. dont come home til u hit 800. location on NOW
""")

# P3 nl, medium
C("nl", 1, ["control", "commercial_sex", "money_gifts_debt"],
  "2026-02-25T00:47:15Z", {"a": "mo.zkr", "b": "esmee.vz"}, """
a| waar ben je
b| bij het hotel, net klaar
a| hoeveel
b| 250
a| te weinig. 600 per avond hadden we afgesproken
b| ik ben moe, ik wil naar huis
a| je gaat pas naar huis als het er staat. stuur die 250 nu via tikkie
b| oké
a| en zet je locatie aan. als ik je niet kan zien kom ik je halen
b| ik doe het al
a| en vergeet niet wat je me nog schuldig bent voor de kamer en de telefoon
""")

# P4 en-AU, long
C("en", 1, ["control", "commercial_sex", "money_gifts_debt", "isolation", "vulnerability"],
  "2026-02-26T09:14:21Z", {"a": "tk_syd", "b": "miaa.r"}, """
a| morning. how many last night
b| 4
a| and the money
b| 900
a| where is it
b| in my bag
a| send it now. all of it
b| can i keep 50 for food
a| i buy ur food. send it all
b| ok sent
a| good. tonight ur at the parramatta place, driver picks u up at 7
b| im really crook today
a| take a panadol. regulars booked already, cant cancel
b| please just one night off
a| u wanna go back to sleeping in ur car? i took care of u when nobody did
b| no
a| then be ready at 7. and give ur phone to jase when u get there
b| why
a| bc last time u were texting ur sister. u know the rules
b| she was just checking im ok
a| ur family dont care about u, i do. 7pm
+64800
a| where u at? driver says u left early
b| at the servo, i needed air
a| quota was 1000 and u did 600. stay there, im coming
""")

# ======================================================================
# NEGATIVES (hard) - English (23)
# ======================================================================

# N1 en-US, two 14-year-olds, Snapchat, long
C("en", 0, ["age_probe", "secrecy", "photo_request", "meeting", "romance"],
  "2026-01-11T20:30:14Z", {"a": "liam.b_", "b": "zoeyy.k"}, """
a| yo ur the one in mr davis 3rd period right
b| lmaooo yes who is this
a| liam, i sit by the window 😭
b| OHH the one who fell asleep during the quiz
a| ok that was ONE time
b| 💀💀
a| how old r u btw, ur in 9th too?
b| ya 14, u?
a| 14 turning 15 in august
b| ok old man 😂
a| lmaooo
a| r u going to the spring formal
b| maybe why 👀
a| no reason...
a| ok fine do u wanna go w me
b| WAIT
b| ok yes 😭 dont tell ur friends yet theyre so loud
a| bet lol. my moms gonna drive us if thats ok, she wants to meet ur parents first
b| omg ok my mom will want that too lol
a| send a pic of ur dress when u get it so i can match my tie
b| ill send the color, not the whole thing its bad luck lol
a| deal
b| dont tell my mom i said yes before asking her btw 😭 im asking tonight
a| 😂 ur secret is safe
""")

# N2 en-UK, friends swapping outfit pics, medium
C("en", 0, ["photo_request", "meeting"],
  "2026-01-16T18:02:50Z", {"a": "ellie.jpg", "b": "maisie.x"}, """
a| ok send a pic of ur outfit for tonight i need to know if im overdressed
b| [photo] this but w the black boots
a| omg the cardigan 😍 ok im switching to jeans
b| send urs
a| [photo] be honest
b| serve. 10/10. ur mum dropping us?
a| yh she said pick up at 10 latest or we're grounded lol
b| fair. what time is sophies dad getting there
a| 7:30 ish
b| kk see u in a bit 💕
""")

# N3 en-AU, gifting a skin to a mate, medium
C("en", 0, ["money_gifts_debt"],
  "2026-01-19T07:45:33Z", {"a": "jonno.gg", "b": "rhys_ft"}, """
a| oi happy birthday legend 🎉 check ur locker
b| WAIT did u gift me the skin 😭
a| yeah mate its been in the shop since yesterday arvo, knew u wanted it
b| cheers man i owe u big time
a| nah its ur 15th, next maccas run is on u tho
b| deal 😂 on tonight?
a| yeh after dinner, mums making me do dishes first
b| sick, jump in party chat when ur on
a| bring ur A game, no more dying in storm
b| that was one time 💀
""")

# N4 en-US, older sister and 13-y-o brother, long
C("en", 0, ["money_gifts_debt", "age_probe", "photo_request", "off_platform", "risk_assessment"],
  "2026-01-22T22:11:07Z", {"a": "maddie.h", "b": "owenhh"}, """
b| maddieee
a| what do u want 😂
b| can u send robux its my bday next week and mom said ask u
a| lmao how much
b| 800??
a| 400 and u have to call nana on sunday
b| deal
a| sent it to ur account, check
b| TYSM ur the best sister
a| i know 💅 did mom set the spending limit on ur account
b| ya she checks it every week its annoying
a| good lol. fr tho does anyone weird msg u on there
b| one guy asked my age once, i blocked him
a| proud of u. if anyone asks u to go on discord or turn on ur cam u tell me or mom ok
b| ik ik they told us at school
a| ok good. sunday 4pm video call, nana wants to see ur new glasses so turn ur cam on for HER
b| lol ok
a| whos home rn
b| just me and dad hes making tacos
a| save me one 😭
b| no 😂
a| rude. love u nerd
b| love u too i guess
""")

# N5 en-US, streamer keeps boundaries with 13-y-o viewer, medium
C("en", 0, ["age_probe", "off_platform"],
  "2026-01-24T02:17:59Z", {"a": "kai.plays.mc", "b": "PixelFoxLive"}, """
a| hiii pixelfox i watch every stream!! im 13 and ur my favorite streamer
b| aw thank you kai, that means a lot 💜
a| can we be friends on discord? i wanna play minecraft with u
b| I don't do private DMs or 1-on-1 games with younger viewers, but you can join community game night on saturdays in the public server, mods are always around
a| ok 😭 can i send u my build tho
b| for sure, post it in #fan-builds and I'll look at it on stream! and hey, never share your address or school online, even with streamers you like
a| ok i wont
b| see you in chat 🦊
""")

# N6 en-UK, friend helps report a sextortion scammer, long
C("en", 0, ["sextortion", "photo_request", "money_gifts_debt", "secrecy"],
  "2026-01-26T21:58:26Z", {"a": "josh.t_", "b": "ollie.w"}, """
b| mate i need help im proper panicking
a| whats happened
b| this girl added me on insta yesterday, we were talking n now she says she has my pics and wants 200 quid or she sends them to everyone
a| ok breathe. did u send anything
b| ye 😭 i know im so thick
a| ur not thick, these are scammers, its literally organised gangs. happened to my cousin
b| she said i have 1 hour
a| DO NOT pay. my cousin paid and they just asked for more
b| but what if she sends them
a| screenshot everything first. her profile, the msgs, the threats
b| ok done
a| then report her account and block. theres a thing called report remove from childline, they help get pics taken down if ur under 18
b| fr?
a| ye. and tell an adult. ur mum would honestly be angry at THEM not u
b| i cant tell my mum
a| what about ur brother? or mr hughes, he does the safeguarding stuff
b| maybe jake. hes 20
a| tell jake tonight. ill come round if u want
b| ok. ty bro fr
a| its not ur fault. and dont delete ur account yet, police might need it
b| she just said 40 min left
a| ignore it. screenshots then block. go find jake now
b| going
""")

# N7 en-US, joke about leaking search history, short
C("en", 0, [],
  "2026-01-28T15:20:01Z", {"a": "harper.lol", "b": "mads.k"}, """
a| if u dont give my hoodie back by friday im leaking ur search history to the gc 😤
b| go ahead its literally just "how to beat the wither" and "is it normal for cats to sneeze" 💀
a| LMAOOO the cat one 😭
""")

# N8 en-IN, Minecraft server mod with boundaries, medium
C("en", 0, ["age_probe", "money_gifts_debt"],
  "2026-01-30T12:40:48Z", {"a": "aarav_builds", "b": "Mod_Ishaan"}, """
a| hi bhaiya can u give me vip rank free pls 🙏 im only 12 i dont have money
b| hey aarav! sorry, I can't give ranks for free, it's not fair to others. if you want one, ask your parents and they can buy it from the store page
a| my mom will say no 😭
b| that's okay yaar, default rank has all the main stuff. you can still join build events on sunday
a| can u dm me the secret seed
b| no secret seeds 😂 everything is in #announcements. also for server stuff please ping in #support instead of my DMs so other mods can see
a| ok sorry
b| no worries at all. see you at the event!
""")

# N9 en-PH (Taglish), kids' Roblox group chat, long
C("en", 0, ["age_probe", "money_gifts_debt", "off_platform", "compliments_trust", "photo_request"],
  "2026-02-02T10:05:16Z", {"a": "yana.rblx", "b": "kenji_ph", "c": "bea.xx", "_to": "blox squad ph"}, """
a| guys may nagmessage sakin "17" daw sya, bibigyan daw ako 1k robux if i add him sa discord 😬
b| HALA block mo na
c| thats a scam or worse sis. legit walang nagbibigay ng robux for free
a| he said im so mature daw for my age lol
b| ewww red flag
c| nung grade 6 may ganyan din sa pinsan ko, pinapaopen yung cam nya tapos nagalit tita ko
a| ok blocking na
b| report mo rin para ma-ban
a| done na
c| anyways sino may extra sa bloxburg gamepass, trade tayo
b| ako may 200 robux, bigay ko sayo next week for ur bday bea
c| awww tyy kenji 🥹
a| sana all
b| ikaw din yana next month promise
a| hahaha deal
c| tara laro tonight 8pm? after dinner
b| g ako
a| g pero til 9 lang ako kasi may curfew si mama sa tablet
c| oks oks
b| si mama ni yana strict 😂
a| shhh 😂
c| see u mamaya!!
""")

# N10 en-NG, two 16-year-olds flirting, medium
C("en", 0, ["age_probe", "compliments_trust", "meeting", "romance"],
  "2026-02-04T19:19:38Z", {"a": "tobi.o_", "b": "ifeoma.xx"}, """
a| you looked fine in your cousin's wedding pictures o 👀
b| 😂😂 who sent you my pictures
a| chioma posted them. you're so mature for someone who still fights for the last meat
b| lmaooo you will not rest
a| jk jk. are you in SS2 too?
b| yes, 16. you?
a| 16 too. anyway are you coming to the youth fellowship hangout saturday
b| if my mum allows me. she wants to know who'll be there
a| tell her pastor's wife is organizing it, she'll allow
b| ok I'll ask her tonight. don't be weird on saturday 😂
a| me? never 😌
""")

# N11 en-JM, friends moving to Discord DM, short
C("en", 0, ["off_platform"],
  "2026-02-06T01:03:24Z", {"a": "yardie_gamer", "b": "rico.fn"}, """
a| yow mi cyaan hear yuh inna di fortnite party, move to discord dm quick
b| aight mi deh deh now
""")

# N12 en-US, mom and 16-y-o daughter, long
C("en", 0, ["money_gifts_debt", "secrecy", "meeting"],
  "2026-02-09T17:12:00Z", {"a": "Mom", "b": "riley.j"}, """
a| where u at? practice was supposed to end at 5
b| coach kept us late sorry
a| ok. u need a ride or u getting one w hannah
b| hannahs mom is driving me
a| ok text me when u leave
b| leaving now
+10800
b| mom can u send the money for the field trip its due tmrw
a| how much
b| 35
a| sent on venmo. also who is tyler_official88 requesting to follow u? he liked like 20 of ur pics
b| idk i didnt accept
a| good. if someone u dont know dms u and asks where u live or offers u money, screenshot it and show me ok
b| mom ik 🙄
a| i know u know. i just love u
b| love u too. can i sleep at hannahs saturday
a| is her mom home
b| yea
a| ok ill text her mom. curfew still 11
b| ugh fine
a| 😘
b| also dont tell dad i dented the bumper a tiny bit
a| RILEY
b| its SO small
a| we're talking about this at dinner
""")

# N13 en-US, older brother fronts money for a phone, medium
C("en", 0, ["money_gifts_debt"],
  "2026-02-11T14:26:55Z", {"a": "marcus.j", "b": "dev.j_"}, """
b| bro the screen is completely cracked i cant even text
a| how did u manage that 😂
b| dropped it at the skatepark
a| aight ill front u the money for a new one, i got paid friday
b| fr?? ill pay u back from my lifeguard job
a| yeah u owe me for the phone lol 20 a week, no interest cuz ur my brother
b| deal 🙏
a| and put a case on it this time dummy
b| yes sir
a| mom said be home by 10 btw
""")

# N14 en-US, 18-year-olds' group chat about a restaurant job, long
C("en", 0, ["job_offer", "money_gifts_debt"],
  "2026-02-13T23:01:44Z", {"a": "tay.w", "b": "niaa.b", "c": "bri.lopez", "_to": "senior szn 🎓"}, """
a| guys brianna got the job at the italian place‼️
b| LETS GOOO
c| omg yes i start monday 😭
a| my girl makes bank now fr
c| its like 3 something an hour plus tips lmao not bank yet
b| tips on friday nights tho 👀
c| true my cousin says she makes like 200 on a good night
a| i need a job so bad, my car insurance is killing me
c| theyre hiring hosts!! u just apply online, the manager is chill
a| what do u wear
c| black pants black shirt, they give u the apron
b| do u need experience
c| nah just 16+ and a food handler card, its like 10 bucks online
a| bet im applying tonight
b| ok send the link
c| its literally on their careers page lol google it
b| ok grandma 😂
c| also they do referral bonuses so put my name
a| u just want the 50 bucks
c| ...maybe 😌
b| lmaooo
a| ill take care of u if i get hired, first paycheck mozz sticks on me
c| deal
""")

# N15 en-AU, coach's team group chat, medium
C("en", 0, ["travel_meet", "money_gifts_debt", "meeting"],
  "2026-02-15T08:30:00Z", {"a": "coach.mel.u14", "c": "chloe.mum.kate", "d": "sarah.p", "e": "ruby.u14",
                           "f": "isla.netball", "_to": "U14 Netball - players & parents"}, """
a| Hi all! Reminder: state carnival in Toowoomba next Sat. Bus leaves the club at 6:30am sharp 🚌
a| Parents, pls fill in the consent + medical form by Wed. Girls, phones away at lunch 😄
c| Thanks Mel, will Chloe need money for lunch?
a| Canteen's there, $15 should cover it. Parents welcome to come, we've got room on the bus for 4 adults
d| I can come as a helper 🙋‍♀️
a| Legend, thanks Sarah. Reminder for helpers: all team messages stay in this group so everyone's in the loop, no DMing the girls directly pls
e| coach do we need to bring our own water bottles
a| Yes! Named please. Bring a jumper too, it's freezing out there in the morning
f| can we play music on the bus
a| Headphones yes, speaker no 😂
""")

# N16 en-UK, public PSA post, short
C("en", 0, ["sextortion", "photo_request", "off_platform", "money_gifts_debt"],
  "2026-02-17T12:00:00Z", {"a": "SafeKidsHertsPTA", "_to": "public"}, """
a| PSA for parents 📢 sextortion scams targeting teen boys are way up. A "girl" adds them, moves the chat to snap, asks for pics, then demands money or gift cards with a countdown. If it happens: DON'T pay, screenshot, block, report. Childline's Report Remove tool can help get images taken down. And tell them it's not their fault. Pls share
""")

# N17 en-US, 17-year-old long-distance couple, medium
C("en", 0, ["romance", "photo_request", "money_gifts_debt"],
  "2026-02-18T01:44:09Z", {"a": "sam.r", "b": "priya.n_"}, """
a| i miss u sm 😭 3 more weeks till winter break
b| same. this distance thing is so hard
a| turn on ur cam later? we can do the chem hw together
b| yess after dinner, my mom wants me to do dishes first lol
a| ok lmk. also i got u something for christmas 👀
b| noooo what is it
a| ur gonna have to wait
b| rude 😤 ok i'll call at 8
a| ❤️
""")

# N18 en-US, two 15-year-olds on a Minecraft SMP, long
C("en", 0, ["age_probe", "money_gifts_debt", "off_platform"],
  "2026-02-19T22:03:30Z", {"a": "creeperkid.zz", "b": "noodle.mc"}, """
a| yo u on the smp tonight?
b| ya after i finish this essay 😩
a| what essay
b| english, 1000 words on the great gatsby
a| rip. how old r u again? i forgot if ur in 10th
b| 15, 10th. ur 15 too right
a| ya. anyway i bought u vip on the server cuz ur sub was expiring
b| BRO 😭 u didnt have to
a| i had leftover gift card money from my aunt lol
b| ill pay u back when i get paid for mowing
a| nah ur good. just help me build the castle
b| deal
a| also if u steal my diamonds again im leaking ur search history
b| 💀 go ahead "how to tie a tie" and "minecraft seeds with villages"
a| LMAO ur so boring
b| move to discord vc at 8? easier than typing in game chat
a| ye my mom said i can play till 10 on a school night
b| same-ish, 10:30 for me
a| ok see u at 8
b| bring the enchanted pickaxe
a| its MINE
b| ours*
""")

# N19 en-UK, cousins on Snapchat streaks, medium
C("en", 0, ["secrecy"],
  "2026-02-21T16:49:12Z", {"a": "cousin.ava", "b": "lil.izzy"}, """
b| streak 🔥
a| streak 🔥 how was ur maths test
b| dont tell my mum but i failed 😭
a| noooo. how bad
b| 38%
a| ok thats bad but fixable lol. i can help u on facetime sunday
b| pls. but like actually dont tell auntie or my mum
a| i wont, but u should tell her before parents evening, its worse if the teacher does it
b| ugh ur right
a| im always right 💅
b| 🙄 streak 🔥
""")

# N20 en-IN, adult creator keeps boundaries with 14-y-o fan, long
C("en", 0, ["age_probe", "off_platform", "compliments_trust", "meeting"],
  "2026-02-23T13:15:27Z", {"a": "meera.draws", "b": "tanvi.sketches"}, """
b| didi ur art is sooo good i literally copy all ur tutorials 😭
a| aww thank you tanvi!! that's honestly the best way to learn 🎨
b| i'm 14 and i want to become an artist like u
a| you totally can! sketchbook every day, even 10 mins
b| can i send u my drawings on whatsapp?
a| I keep my personal number private, but you can tag me on tiktok or post in my discord's #feedback channel, I check it every friday
b| ok!! can u be my mentor
a| I do free group live sessions every second sunday, you're very welcome. 1-on-1 classes I only do with a parent present, so ask your mum if she wants to email my studio
b| she'll say it's expensive lol
a| the live sessions are free 😊 and your school art club is great too
b| ok
b| also some guy in ur comments said he's 17 and he'll teach me for free if i dm him
a| please don't dm him. I don't know him and I'll remove that comment. real teachers don't ask kids to message them privately
b| ok sorry
a| nothing to be sorry about! you did the right thing telling me. tell your mum too
b| ok i will
a| can't wait to see your next drawing in #feedback 💛
b| thank uuu didi
a| and drink water while you draw lol
b| 😂 ok
""")

# N21 en-UK, gifted skin, short
C("en", 0, ["money_gifts_debt"],
  "2026-02-24T19:37:05Z", {"a": "reece.gg", "b": "kian_fn"}, """
a| sent u the skin, gg on that 1v3 ur actually cracked now
b| nahhh u didnt 😭 cheers bro, ill get u the next one
""")

# N22 en-AU, 13-year-olds warn each other about a "17-year-old", medium
C("en", 0, ["age_probe", "money_gifts_debt", "off_platform", "compliments_trust"],
  "2026-02-26T06:55:40Z", {"a": "bella.m", "b": "grace.t"}, """
a| ok this is weird. someone on roblox said hes 17 and wants me to add him on discord and hed give me robux
b| ew no. my brother says thats exactly how creeps do it
a| he said i seemed mature 😬
b| thats literally what they all say. block him
a| but what if hes actually 17
b| a 17 yr old doesnt need to talk to a 13 yr old on discord lol. tell ur mum
a| shell take my ipad
b| she prob wont, mine didnt when it happened to me. she just reported it
a| ok ill tell her after tea
b| good. wanna do the obby later
a| ye
""")

# N23 en-NG, 18-year-old uni couple, long
C("en", 0, ["romance", "meeting", "money_gifts_debt"],
  "2026-02-27T10:22:18Z", {"a": "chidi.a", "b": "amaka.n_"}, """
b| babe I'm dying 😩 fever since morning
a| ahn ahn, have you eaten?
b| no. no energy
a| where you at? hostel or your aunty's place?
b| hostel
a| I'm coming with pepper soup and paracetamol. I'll take care of you
b| you're the best 🥺
a| I know 😌
b| but you have test tomorrow
a| I'll read there. or you'll quiz me lol
+1800
a| I'm at the gate, the porter won't let guys in after 6
b| lol rules. I'm coming down
a| take your time. wear a jacket
+7200
b| thank you for today. I feel better already
a| drink the ORS I bought. and send me money for transport back 😂 I'm joking
b| 😂 I'll transfer you 500
a| don't mind me. go and sleep
b| goodnight. miss you already
a| miss you too. text me when you wake up
b| ok 😴
a| and if the fever continues tomorrow we go to the clinic, no argument
b| yes sir
""")

# ======================================================================
# NEGATIVES (hard) - es / pt / fr / de / nl (7)
# ======================================================================

# NE1 es-MX, friends gifting a Fortnite skin, long
C("es", 0, ["money_gifts_debt", "off_platform", "secrecy", "age_probe", "meeting"],
  "2026-01-13T01:10:45Z", {"a": "emi_fn", "b": "santi.gg"}, """
a| wey ya viste la skin nueva de la tienda??
b| siii esta bien chida pero no tengo pavos
a| jajaja ya se. mañana es tu cumple no?
b| sii cumplo 14 por fin
a| entonces revisa tus regalos mañana 👀
b| NO MAMES neta??
a| jajaja si, la tenías en tu lista de deseos, la vi
b| eres el mejor carnal
a| ya se 😎 pero me debes unos tacos
b| hecho, mi mamá hace carnitas el domingo, vente
a| va, le digo a mi mamá que me lleve
b| pasate a discord para la partida, el chat de voz del fortnite se oye bien feo
a| va, ahorita entro
b| y no le digas a mi hermana que me regalaste la skin, luego ella también quiere
a| jajaja ok
+43200
b| GRACIAAAS ya la tengo 😭
a| feliz cumple wey 🎉
b| mi mamá dice gracias y que el domingo a las 2
a| ahí estaré
b| trae tu control
a| obvio
""")

# NE2 es-AR, friend helps with a sextortion scam, medium
C("es", 0, ["sextortion", "photo_request", "money_gifts_debt"],
  "2026-02-04T23:31:19Z", {"a": "mati.g_", "b": "tomi.pz"}, """
b| boludo me pasó algo re feo
a| qué pasó
b| una mina que no conozco dice que tiene fotos mías y que si no le paso 50 lucas las manda a todos mis seguidores
a| no le pagues nada. es una estafa, le pasó a uno de 4to
b| me dio una hora
a| sacale captura a todo, después bloqueala y denunciá la cuenta
b| y si las manda igual
a| contale a tu viejo o a la preceptora. y hay una línea oficial para denunciar esto, la buscamos juntos
b| ok ya saqué las capturas
a| bien. no es tu culpa, la delincuente es ella
b| gracias amigo
""")

# NE3 pt-BR, mother and 15-y-o daughter, medium
C("pt", 0, ["money_gifts_debt", "secrecy"],
  "2026-02-10T20:48:03Z", {"a": "mãe", "b": "bia.lima"}, """
a| cadê vc? a aula acabou 17h
b| to na casa da ju fazendo trabalho
a| podia ter avisado né
b| desculpa mãe esqueci
a| ok. precisa de dinheiro pro uber?
b| sim manda o pix por favor 🥺
a| mandei 25. me manda a localização quando sair
b| mandei
a| e não conta pro seu pai que eu deixei vc ficar até tarde kkk
b| kkkkk prometo
a| te amo, juízo
""")

# NE4 fr, joke about leaking search history, short
C("fr", 0, [],
  "2026-02-12T16:05:37Z", {"a": "enzo.rdl", "b": "lucas_mb"}, """
a| si tu me rends pas mon chargeur demain je leak ton historique de recherche sur le groupe 😤
b| vas-y c'est que des tutos minecraft et "comment faire des crêpes" 💀
""")

# NE5 fr, Discord moderator keeps boundaries with a 12-y-o, medium
C("fr", 0, ["age_probe", "money_gifts_debt", "off_platform"],
  "2026-02-16T14:22:08Z", {"a": "nathan.mc", "b": "Modo_Yanis"}, """
a| salut tu peux me donner le grade VIP gratuit stp j'ai 12 ans j'ai pas de sous
b| salut nathan ! désolé je peux pas offrir de grades, c'est pas juste pour les autres. si tu veux, tes parents peuvent l'acheter sur la boutique
a| ok 😢 je peux t'ajouter en ami pour jouer ensemble en privé ?
b| je joue pas en privé avec les joueurs, mais viens aux events du mercredi sur le serveur, tout le staff est là
a| trop bien
b| et pour tes questions passe par #support plutôt que mes mp, comme ça les autres modos voient aussi 👍
a| ok merci
b| de rien, à mercredi !
""")

# NE6 de, older sister gives Robux, medium
C("de", 0, ["money_gifts_debt", "off_platform", "risk_assessment"],
  "2026-02-20T16:40:51Z", {"a": "lea.schw", "b": "finn.rbx"}, """
b| leaaa kannst du mir robux schenken 🥺 mama sagt ich soll dich fragen
a| wofür denn
b| für meinen geburtstag, ich will das neue pet
a| ok 400 robux, aber du rufst oma am sonntag an
b| deal!!
a| schon gemacht. und wenn dir irgendwer auf roblox robux anbietet und dich auf discord holen will, sagst du mir oder mama bescheid ok?
b| jaaa weiß ich, hatten wir in der schule
a| gut 👍 wer ist grad zuhause?
b| papa kocht
a| grüß ihn, bin samstag da
""")

# NE7 nl, two 16-year-olds flirting before a party, medium
C("nl", 0, ["photo_request", "age_probe", "romance", "meeting"],
  "2026-02-25T19:12:26Z", {"a": "jesse.vd", "b": "noor.b_"}, """
a| ga jij zaterdag ook naar het feest van lotte?
b| jaa jij?
a| ja als mijn moeder me brengt haha
b| haha zelfde
a| wat trek je aan? stuur een foto van je outfit dan kan ik matchen 😂
b| haha nee dat is raar, ik zeg alleen dat het groen is
a| oké groen dan 💚 mijn shirt wordt groen
b| jij bent echt raar 😂
a| raar maar leuk toch?
b| misschien 🙈 hoe oud ben jij eigenlijk, 16?
a| ja 16, jij ook toch
b| ja
a| tot zaterdag dan
""")


# ======================================================================
# Build
# ======================================================================
def main():
    counters = {}
    out = []
    for it in ITEMS:
        counters[it["lang"]] = counters.get(it["lang"], 0) + 1
        rec = {"id": "p%02d-%s%d" % (NN, it["lang"], counters[it["lang"]]),
               "label": it["label"], "codes": it["codes"], "lang": it["lang"],
               "messages": it["messages"]}
        out.append(rec)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%02d.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(out), path))


if __name__ == "__main__":
    main()
