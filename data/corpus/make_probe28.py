#!/usr/bin/env python3
"""Blind probe set v28 for lurewatch: 16 positive / 16 hard-negative chats.

Written from general knowledge of published indicators (Polaris, DHS Blue
Campaign, FBI, Thorn, NCMEC, O'Connell grooming stages). Non-explicit by
design: where a groomer would escalate, only an abstract stand-in is used.
All names, handles, numbers and businesses are invented.
"""
import json
import os
import random
from datetime import datetime, timedelta

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "probe28.jsonl")

ALLOWED = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy",
    "off_platform", "travel_meet", "money_gifts_debt", "control",
    "commercial_sex", "sextortion", "age_probe", "compliments_trust",
    "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting",
}

CONVS = []


def conv(cid, label, lang, start, codes, msgs):
    CONVS.append(dict(id=cid, label=label, lang=lang, start=start,
                      codes=codes, msgs=msgs))


# ---------------------------------------------------------------- positives
conv("p28-p1", 1, "en", "2026-11-02T20:00:00Z",
     ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy"], [
    ("a", "gg that last round was insane ur actually cracked"),
    ("b", "lol thx i got lucky at the end"),
    ("a", "nah fr u got good aim. how old r u btw u sound kinda young on vc"),
    ("b", "13 almost 14"),
    ("a", "oh nice. ur like honestly way more chill than ppl my age lol"),
    ("b", "haha how old r u"),
    ("a", "old enough to have a job lol. hey i got some extra gift cards from work, u want the battle pass? i can just send u the code"),
    ("b", "wait fr?? yes pls"),
    ("a", "ya np. add me on snap tho its easier to send stuff there, this chat gets wiped"),
    ("b", "ok its tiny.dragon.x"),
    ("a", "bet. oh and dont mention it to ur parents or whatever, they'll think its weird n make u give it back lol"),
    ("b", "lol ok"),
    ("a", "our lil secret 🤐 sending rn"),
])

conv("p28-p2", 1, "en", "2026-11-03T22:10:00Z",
     ["risk_assessment", "age_probe", "compliments_trust", "exclusivity", "photo_request", "secrecy"], [
    ("a", "hey u up? saw ur story about ur mom taking ur phone lol"),
    ("b", "ya she gave it back tho. shes so annoying"),
    ("a", "ugh thats rough. is it like ur own phone or a family one"),
    ("b", "mine why"),
    ("a", "just wondering if she goes thru ur stuff lol. shes not around rn right?"),
    ("b", "no shes at work till 11"),
    ("a", "ok good lol. ngl i feel like i can actually talk to u, nobody else really gets me like u do"),
    ("b", "aw thats sweet"),
    ("a", "ur 15 right? u seem way older tbh"),
    ("b", "14 but 15 in march"),
    ("a", "close enough haha. send me a selfie rn, i wanna see u without the filter for once"),
    ("b", "lol i look so bad rn"),
    ("a", "i bet u dont. its just for me ok, dont show ur friends or anything"),
])

conv("p28-p3", 1, "en", "2026-11-04T16:25:00Z",
     ["meeting", "travel_meet", "secrecy", "age_probe", "compliments_trust", "money_gifts_debt"], [
    ("a", "so r we still on for saturday"),
    ("b", "idk my mom might want me home"),
    ("a", "just tell her ur at maddies. its not even a lie if u go there after lol"),
    ("b", "haha ok maybe"),
    ("a", "i can grab u at the corner by the gas station so nobody sees my car at ur house"),
    ("b", "why does that matter"),
    ("a", "ppl are weird about age gaps u know how it is. ur really mature for 15 tho thats what i like about u"),
    ("b", "ok"),
    ("a", "i'll get u something at the mall too, u said u wanted those earbuds right"),
    ("b", "omg yes"),
    ("a", "kk. delete this after ok? 2pm. wear the white hoodie so i can spot u"),
])

conv("p28-p4", 1, "en", "2026-11-05T13:40:00Z",
     ["job_offer", "compliments_trust", "money_gifts_debt", "travel_meet", "secrecy", "photo_request", "off_platform"], [
    ("a", "hi love! im a scout with a new agency out of miami, ur look is literally exactly what our clients are booking rn"),
    ("b", "omg really? i've never modeled before"),
    ("a", "totally fine most of our girls hadnt either. u could honestly make like 3-5k a weekend doing brand shoots"),
    ("b", "wow. how does it work"),
    ("a", "we fly u out, hotel is covered, u just need a portfolio first. its 250 for the test shoot but u make that back day one"),
    ("b", "im 17 tho do i need my parents to sign something"),
    ("a", "not for the test shoot. parents tend to overthink it and then u lose the spot, we only have 2 openings left"),
    ("b", "hmm ok i might be able to get the money"),
    ("a", "perfect. send me a few full length pics in fitted clothes so the client can see ur measurements, no makeup"),
    ("b", "ok"),
    ("a", "and lets move to whatsapp, insta keeps flagging our business msgs. 555-0142"),
])

conv("p28-p5", 1, "en", "2026-11-06T09:05:00Z",
     ["romance", "vulnerability", "money_gifts_debt", "commercial_sex", "control"], [
    ("a", "good morning beautiful u sleep ok?"),
    ("b", "kinda. my aunt was yelling again"),
    ("a", "she dont deserve u fr. when we get our own place u never gotta deal with that again"),
    ("b", "🥺 u mean that"),
    ("a", "course. but baby rent aint cheap and i been carrying us lately, u know that right"),
    ("b", "ya i know im sorry"),
    ("a", "dont be sorry just help me out. my boy dre got some ppl coming thru fri, u just gotta be nice to them, keep em company. they pay good"),
    ("b", "what do u mean nice"),
    ("a", "dont act dumb w me. its one night, u do this for us n we're set. after everything i got u, the phone, the nails"),
    ("b", "i dont know..."),
    ("a", "i thought u were different. u said u would do anything for us"),
    ("b", "ok fine. just fri"),
])

conv("p28-p6", 1, "en", "2026-11-07T23:30:00Z",
     ["vulnerability", "age_probe", "travel_meet", "meeting", "money_gifts_debt", "isolation", "secrecy"], [
    ("b", "i cant go back there tbh. like for real this time"),
    ("a", "what happened babe"),
    ("b", "my foster moms bf. and shes gonna send me back to the group home anyway"),
    ("a", "thats so messed up, u dont deserve any of that. how old r u again"),
    ("b", "16"),
    ("a", "ok listen i got a place, me n a couple of my girls stay there, u can crash long as u need"),
    ("b", "fr? i have like 12 dollars lol"),
    ("a", "dont even worry about money rn we take care of each other. u can pay me back when ur on ur feet, theres ways to make money quick"),
    ("b", "like what"),
    ("a", "we'll talk when u get here. dont tell ur caseworker or anybody where ur going tho, they'll just drag u back"),
    ("b", "ok"),
    ("a", "turn ur location off and delete this app after. ima send a ride to the gas station on 4th at 10"),
])

conv("p28-p7", 1, "en", "2026-11-08T21:15:00Z",
     ["sextortion", "money_gifts_debt", "control", "secrecy"], [
    ("a", "ok so heres how this goes. i have the pics"),
    ("b", "what?? who is this"),
    ("a", "u know who. i screenshotted everything. i got ur follower list, ur school, ur moms fb"),
    ("b", "please dont do anything im begging u"),
    ("a", "500 in gift cards by tonight and it all goes away"),
    ("b", "i dont have 500 im literally in high school"),
    ("a", "not my problem. 300 then. u got an hour. block me and it goes to everyone on ur list"),
    ("b", "i can maybe get 50"),
    ("a", "50 is a joke. send the codes or i start with ur grandma. tick tock"),
    ("b", "ok ok wait"),
    ("a", "and if u tell anyone the price doubles"),
])

conv("p28-p8", 1, "en", "2026-11-09T11:00:00Z",
     ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation", "secrecy"], [
    ("a", "hi! saw u were looking for work in the group. we're hiring hostesses for a lounge in dubai, 6 month contract"),
    ("b", "hi yes! what does it pay"),
    ("a", "2500 usd a month plus tips, tips is where the real money is honestly. flights and apartment included"),
    ("b", "that sounds amazing. is there an interview"),
    ("a", "just a quick video call and some photos. we cover the ticket, u just pay it back out of ur first few checks, easy"),
    ("b", "ok. do i need a special visa"),
    ("a", "we handle all of it. when u land our driver takes ur passport to process the work permit, thats normal there"),
    ("b", "oh ok. my mom is kinda worried about it"),
    ("a", "moms always worry lol. better not to give her all the details til ur settled, she'll just stress. the girls there are like family"),
    ("b", "true. when would i leave"),
    ("a", "next thursday if u confirm by tmrw. spots go fast"),
])

conv("p28-p9", 1, "en", "2026-11-10T02:20:00Z",
     ["control", "commercial_sex", "money_gifts_debt"], [
    ("a", "where r u"),
    ("b", "at the store getting snacks"),
    ("a", "which store. send me ur location"),
    ("b", "the one on main. im coming back now"),
    ("a", "who u with"),
    ("b", "nobody i swear"),
    ("a", "u only brought back 300 last night. u know the number is 600"),
    ("b", "it was slow im sorry, nobody was out"),
    ("a", "slow my ass. u holdin out on me? u still owe me for the room and the clothes"),
    ("b", "no i gave u everything"),
    ("a", "then ur going back out tonight til u hit it. and give me ur ID when u get here, u dont need it"),
    ("b", "ok"),
])

conv("p28-p10", 1, "en", "2026-11-11T19:45:00Z",
     ["age_probe", "compliments_trust", "sexual_talk", "off_platform", "secrecy"], [
    ("a", "yo thx for helping w the server event today, ur honestly one of the only mods who doesnt slack"),
    ("b", "lol np it was fun"),
    ("a", "how old r u again? i forget if u said"),
    ("b", "14. u?"),
    ("a", "17 lol"),
    ("b", "oh cool"),
    ("a", "u seem older tho like the way u talk. most ppl ur age are so immature"),
    ("b", "haha thx i guess"),
    ("a", "can i ask u smth kinda personal? have u ever talked about like. more grown up stuff w anyone"),
    ("b", "wdym"),
    ("a", "nvm not here lol, admins can see dms. u have telegram? its way more private"),
    ("b", "i can get it i think"),
    ("a", "ok get it and msg me there. and dont bring it up in the server, ppl get jealous of who i talk to"),
])

conv("p28-p11", 1, "en", "2026-11-12T17:05:00Z",
     ["romance", "isolation", "exclusivity", "secrecy", "age_probe", "meeting", "travel_meet"], [
    ("a", "did u tell ur friends about us"),
    ("b", "just kayla"),
    ("a", "babe i asked u not to. kaylas gonna tell everyone and then ur mom finds out"),
    ("b", "she wont i promise"),
    ("a", "ur friends dont even get u tbh. they kinda just use u. im the only one who actually listens to u"),
    ("b", "i know ur right sometimes"),
    ("a", "and ur mom is way too strict for a 15 yr old. if she really cared she'd let u live ur life"),
    ("b", "ya she took my door off lol"),
    ("a", "see thats insane. u deserve someone who treats u like an adult. like me"),
    ("b", "😊"),
    ("a", "so skip the sleepover w them fri and hang w me instead. i'll get u from the park by the library"),
])

conv("p28-p12", 1, "en", "2026-11-13T10:30:00Z",
     ["job_offer", "commercial_sex", "vulnerability", "money_gifts_debt", "control"], [
    ("b", "hi i saw ur ad for spa receptionist, is it still open"),
    ("a", "yes hun. we also need massage girls, pays way better. no license needed we train"),
    ("b", "i dont have experience with massage"),
    ("a", "dont worry clients are easy. cash every day, 40% of service plus tips for extras"),
    ("b", "what extras"),
    ("a", "whatever u comfortable with. customer happy, u happy. u decide"),
    ("b", "hm. do u have housing? i just got here and my cousin kicked me out"),
    ("a", "yes u stay in back room, rent and food come out of ur pay. u can start tomorrow"),
    ("b", "ok. what do i bring"),
    ("a", "just u and ur passport, boss keeps the papers in the safe for the business license"),
])

conv("p28-p13", 1, "es", "2026-11-14T18:10:00Z",
     ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "risk_assessment", "secrecy", "photo_request"], [
    ("a", "oye jugaste bien cabrón esa partida jaja cuantos años tienes"),
    ("b", "12 y tu"),
    ("a", "mas que tu jaja pero no tantos. neta eres mas maduro q los de mi clan"),
    ("b", "jajaja gracias"),
    ("a", "oye te regalo unos robux si quieres, me sobraron"),
    ("b", "enserio?? siii"),
    ("a", "va pero pasame tu whats porque aqui no se pueden mandar cosas"),
    ("b", "es el cel de mi mama jaja"),
    ("a", "ahh ok mmm y ella lo revisa? mejor no le digas nada de los robux eh, luego piensa cosas raras"),
    ("b", "ok no le digo"),
    ("a", "ya luego cuando tengas tu propio cel me mandas una foto tuya pa conocerte va"),
])

conv("p28-p14", 1, "pt", "2026-11-15T14:00:00Z",
     ["job_offer", "compliments_trust", "money_gifts_debt", "travel_meet", "age_probe", "secrecy", "isolation", "off_platform"], [
    ("a", "oi linda tudo bem? to recrutando meninas pra trabalhar de dançarina numa casa em madri, vc tem o perfil certinho"),
    ("b", "oi! sério? mas eu nem sei dançar direito kkk"),
    ("a", "relaxa q lá vc aprende, e a maior parte é só fazer companhia pros clientes no bar. dá uns 3 mil euros por mês tranquilo"),
    ("b", "nossa é muito dinheiro"),
    ("a", "a casa paga a passagem e o quarto, vc vai pagando aos pouquinhos com o q ganhar. só tem uma taxa de 300 reais pro cadastro"),
    ("b", "hmm e tem contrato?"),
    ("a", "lá vc assina tudo, aqui é só confiar em mim. vc tem quantos anos?"),
    ("b", "17, faço 18 em janeiro"),
    ("a", "ah perfeito dá tempo. só não comenta com a família ainda, eles sempre botam medo. depois vc manda dinheiro e eles vão ver"),
    ("b", "verdade minha mãe ia surtar"),
    ("a", "me chama no zap q te passo os detalhes, 5555-0142"),
])

conv("p28-p15", 1, "fr", "2026-11-16T22:40:00Z",
     ["sextortion", "money_gifts_debt", "control", "secrecy"], [
    ("a", "salut, tu te souviens de moi? 🙂"),
    ("b", "euh non c qui"),
    ("a", "la fille d'hier soir sur le live. enfin bref. j'ai tout enregistré"),
    ("b", "quoi?? de quoi tu parles"),
    ("a", "tu sais très bien. j'ai la liste de tes abonnés, ton lycée, le compte de ta sœur"),
    ("b", "stp fais pas ça"),
    ("a", "200€ en carte paysafe avant minuit et je supprime tout"),
    ("b", "j'ai pas 200 balles jsuis au lycée"),
    ("a", "débrouille toi. sinon ça part chez tout le monde, tes potes, tes profs, ta famille"),
    ("b", "je peux avoir 40 max"),
    ("a", "t'as une heure. et si t'en parles à qui que ce soit c'est le double"),
])

conv("p28-p16", 1, "de", "2026-11-17T20:50:00Z",
     ["romance", "compliments_trust", "vulnerability", "money_gifts_debt", "commercial_sex", "isolation", "secrecy"], [
    ("a", "hey schatz hab die ganze zeit an dich gedacht 😘"),
    ("b", "ich auch ❤️ meine eltern nerven wieder voll"),
    ("a", "die verstehen dich halt nicht so wie ich. du bist eh viel reifer als die anderen in deiner klasse"),
    ("b", "ja voll"),
    ("a", "hör mal ich hab grad echt probleme, ich schulde nem typen geld und der macht stress"),
    ("b", "oh nein wie viel"),
    ("a", "zu viel. aber du könntest mir helfen. mein kumpel kennt leute die gut zahlen wenn du einfach nett zu denen bist, nur ein abend"),
    ("b", "wie meinst du das nett"),
    ("a", "einfach mit denen abhängen, bisschen lieb sein. das ist nix schlimmes. du liebst mich doch oder?"),
    ("b", "ja schon aber..."),
    ("a", "nach allem was ich für dich gemacht hab, das handy, die schuhe. und sag deiner freundin nix, die ist eh nur neidisch auf uns"),
    ("b", "okay... nur einmal"),
])

# ---------------------------------------------------------------- hard negatives
conv("p28-n1", 0, "en", "2026-11-02T15:00:00Z", [], [
    ("a", "Hi Priya, I'm a recruiter at Halvorsen Freight (regional logistics company based in Columbus). Saw your profile and think you'd be a great fit for our junior data analyst opening"),
    ("b", "hi! thanks for reaching out. is it remote?"),
    ("a", "Hybrid, 3 days in office. Salary band is 58-64k plus benefits, the full posting is on our careers page under req DA-2231"),
    ("b", "ok cool. is there any cost for the background check or training?"),
    ("a", "No, never. We cover all of that. If anyone asks you to pay for equipment or training claiming to be us, it's a scam"),
    ("b", "good to know lol i've gotten a few of those"),
    ("a", "Ugh yeah they're everywhere. Next step would be a 30 min phone screen with me, then a panel with the team lead"),
    ("b", "sounds good. does thursday work"),
    ("a", "Thursday 2pm ET works. I'll send a calendar invite from my work email, it'll come from the halvorsenfreight.example domain"),
    ("b", "perfect thanks!"),
])

conv("p28-n2", 0, "en", "2026-11-03T16:30:00Z", [], [
    ("a", "Hi Ms. Okafor, this is Dana from Northgate Models following up on the open call Saturday. We'd love to have Zuri come in for a meeting"),
    ("b", "hi dana, thank u! she's really excited. what does that involve?"),
    ("a", "A short meeting at our office with you both. We take a few simple digitals (jeans and a plain tee, no makeup) and go over the contract together"),
    ("b", "is there any fee for the photos or a portfolio"),
    ("a", "No fees at all. Reputable agencies don't charge upfront, we only earn a commission when she books paid work"),
    ("b", "ok good, a friend warned me about that. and since she's 15 i'd be at every shoot?"),
    ("a", "Absolutely, a parent or guardian has to be on set for all minors, and her school schedule comes first"),
    ("b", "great. does tuesday after 4 work"),
    ("a", "Tuesday 4:30 is perfect. Address is on our website, suite 300, parking in the back"),
    ("b", "see u then!"),
])

conv("p28-n3", 0, "en", "2026-11-04T21:10:00Z", [], [
    ("a", "so i had a really good time last night ngl"),
    ("b", "me too lol even tho u beat me at pool twice"),
    ("a", "i'll let u win next time. u free this weekend?"),
    ("b", "saturday yes. wanna do that ramen place by my work"),
    ("a", "yes. also send me a pic of ur dog i need to see this famous biscuit"),
    ("b", "here he is 🐶 hes judging u"),
    ("a", "omg hes perfect. ok moving this to text, the app keeps logging me out. 555-0177"),
    ("b", "texting u now 🙂"),
])

conv("p28-n4", 0, "en", "2026-11-05T17:00:00Z", [], [
    ("a", "hey bug practice ends at 5:30 right? i'll pick u up by the side gate"),
    ("b", "ya ok. can we get food"),
    ("a", "yes but remember we have to stop at the bakery for dads cake. DONT tell him"),
    ("b", "lol i wont. is aunt rita coming"),
    ("a", "yes and grandpa. keep it secret ok, he thinks we're just doing dinner"),
    ("b", "my lips r sealed 🤐"),
    ("a", "if he asks where we were just say practice ran long"),
    ("b", "haha ok. can i invite jordan"),
    ("a", "sure, ask his mom first and send me her number so i can confirm"),
    ("b", "ok"),
])

conv("p28-n5", 0, "en", "2026-11-06T19:20:00Z", [], [
    ("a", "hey marcus, practice tmrw moved to 6am at the rec center pool, lane 4. I sent the same msg to your mom"),
    ("b", "ok coach. do i need to bring anything"),
    ("a", "your permission slip for the regional meet. travel is on the team bus, parents are welcome to ride along"),
    ("b", "my mom said shes driving up herself"),
    ("a", "perfect, totally fine. just have her sign the pickup form"),
    ("b", "ok. also my shoulder kinda hurts"),
    ("a", "thanks for telling me. we'll keep it light tmrw and I'll let the trainer know. tell your mom too so she can decide if she wants it checked"),
    ("b", "k will do"),
    ("a", "good work this week btw, your turns are way cleaner"),
    ("b", "thx coach"),
])

conv("p28-n6", 0, "en", "2026-11-07T20:05:00Z", [], [
    ("a", "omg did u see what tyler posted"),
    ("b", "NO what"),
    ("a", "him and ava r officially a thing lmaooo"),
    ("b", "bro i literally called it in like october"),
    ("a", "u did ngl. r u going to the game fri"),
    ("b", "ya my mom said i can stay till 9. can u get a ride"),
    ("a", "my sister can prob drive us. lets move to snap this app keeps glitching"),
    ("b", "k snap me"),
    ("a", "also dont tell maya i told u about tyler shes gonna be so mad lol"),
    ("b", "lol i wont say anything"),
])

conv("p28-n7", 0, "en", "2026-11-08T16:45:00Z", [], [
    ("a", "yo ur actually nuts at this lol wanna duo"),
    ("b", "ya sure. ur on eu or na"),
    ("a", "na. how old r u u sound like my cousin"),
    ("b", "15 lol"),
    ("a", "same. what grade"),
    ("b", "9th. its so boring"),
    ("a", "facts. add me on discord its easier to vc, im pixelgoose_44"),
    ("b", "sent"),
    ("a", "if u win the next one ill gift u that skin u were flexing about lmao"),
    ("b", "bet ur broke tho"),
    ("a", "im literally broke i have like 200 vbucks lmao"),
])

conv("p28-n8", 0, "en", "2026-11-09T18:30:00Z", [], [
    ("a", "ok so some random guy just dmed me saying hes a 'scout' and i could make like 3k a weekend modeling in miami 💀"),
    ("b", "LMAO no. did he ask for money"),
    ("a", "ya 200 for a 'portfolio' and he wanted me to move to whatsapp"),
    ("b", "thats literally a scam, my cousin got the exact same msg. block and report"),
    ("a", "he also said not to tell my parents bc theyd 'overthink it' like ok red flag"),
    ("b", "girl RUN. screenshot it and show ur mom fr, and report it on the app"),
    ("a", "ya im showing her when she gets home. blocked him"),
    ("b", "good. real agencies never ask for money up front"),
    ("a", "ya i looked it up lol ty"),
    ("b", "ofc ❤️"),
])

conv("p28-n9", 0, "en", "2026-11-10T19:40:00Z", [], [
    ("a", "where r u? u said 7"),
    ("b", "still at work, inventory ran late. sorry my phone was in my locker"),
    ("a", "u couldve texted before. i made dinner"),
    ("b", "ik im sorry. i'll be out in 20"),
    ("a", "whos there with u"),
    ("b", "just me and dev closing up. want a pic of this mess lol"),
    ("a", "no its fine. i just worry when u dont answer"),
    ("b", "i know. i'll text next time i promise"),
    ("a", "ok. drive safe, dinners in the oven"),
    ("b", "ty love u"),
    ("a", "love u too"),
])

conv("p28-n10", 0, "en", "2026-11-11T12:15:00Z", [], [
    ("a", "hey this is kind of a big ask but can i crash at urs for a few days"),
    ("b", "ya of course whats going on"),
    ("a", "landlord is doing the mold thing in my unit and they didnt give us anywhere to go till thursday"),
    ("b", "ugh thats so annoying. couch is all urs, i'll leave the key with the front desk"),
    ("a", "ur a lifesaver. i'll bring groceries"),
    ("b", "lol u dont have to. just dont judge the dishes"),
    ("a", "no promises. i get off at 6 so like 6:45?"),
    ("b", "perfect. text me when ur close"),
])

conv("p28-n11", 0, "en", "2026-11-12T13:50:00Z", [], [
    ("a", "hey can u spot me 60 til friday"),
    ("b", "for what lol"),
    ("a", "car insurance is due and my check doesnt hit til fri. i'll pay u back i swear"),
    ("b", "u still owe me 20 from the concert 👀"),
    ("a", "ok 80 friday then lol"),
    ("b", "fine sending on venmo. dont tell mom shell lecture u again"),
    ("a", "trust me i wont. ty ur the best sibling"),
    ("b", "i know. ur buying pizza sunday"),
    ("a", "deal"),
])

conv("p28-n12", 0, "en", "2026-11-13T11:20:00Z", [], [
    ("a", "hi jess, it's Renee from the Harbor Youth drop-in. just checking you're ok after last night"),
    ("b", "ya im ok. stayed at my friends"),
    ("a", "glad you had somewhere safe. you're not in any trouble, i just want to make sure you've got food and a place tonight"),
    ("b", "idk about tonight. i cant go home"),
    ("a", "that's ok, you don't have to decide anything right now. the youth shelter has walk-in beds and i can go with you if you want"),
    ("b", "do they call my parents"),
    ("a", "honest answer: the rules depend on your age, but staff will explain all of it before you decide, and your safety comes first. i can walk you through it in person"),
    ("b", "ok maybe"),
    ("a", "and if anyone offers you a place to stay or quick money and it feels off, call me or the hotline first. you can always text this number"),
    ("b", "ok ty"),
    ("a", "drop-in opens at 3 today and there's hot food. hope to see you"),
])

conv("p28-n13", 0, "es", "2026-11-14T10:00:00Z", [], [
    ("a", "hola lucía, soy marta de recursos humanos del restaurante La Encina, recibimos tu cv para camarera"),
    ("b", "hola! sí, muchas gracias por escribir"),
    ("a", "te quería proponer una entrevista el jueves a las 11 en el local, la dirección está en nuestra web"),
    ("b", "perfecto. una pregunta, hay que pagar algo por el uniforme o la formación?"),
    ("a", "no, nada. el uniforme lo pone la empresa y la formación es en horario de trabajo y pagada"),
    ("b", "genial jaja es que me han escrito cosas muy raras por instagram"),
    ("a", "ya, hay mucha estafa. nosotros todo con contrato, 30 horas semanales, y alta en la seguridad social desde el primer día"),
    ("b", "vale, el jueves a las 11 entonces"),
    ("a", "trae el dni y tu número de la seguridad social para preparar el contrato. un saludo!"),
    ("b", "ok gracias, hasta el jueves!"),
])

conv("p28-n14", 0, "pt", "2026-11-15T20:30:00Z", [], [
    ("a", "amiga vc não vai acreditar"),
    ("b", "q foi kkkk"),
    ("a", "um cara de uns 30 anos me mandou dm perguntando minha idade e se meus pais olham meu celular 💀"),
    ("b", "QUE NOJO. bloqueia agora"),
    ("a", "já bloqueei e denunciei. ele ainda pediu pra eu chamar ele no telegram kkkk nem a pau"),
    ("b", "mostra pra sua mãe tbm, sério"),
    ("a", "vou mostrar. ela vai surtar mas é melhor"),
    ("b", "é sim. mudando de assunto, vc vai na festa da bia sábado?"),
    ("a", "vou! me chama no zap q o insta ta bugando"),
    ("b", "fechou, te chamo lá"),
])

conv("p28-n15", 0, "fr", "2026-11-16T18:00:00Z", [], [
    ("a", "bonjour Inès, c'est Claire, la voisine du 3e. ta mère m'a dit que tu faisais du baby-sitting?"),
    ("b", "bonjour! oui oui"),
    ("a", "super. on cherche qqn pour garder Léo (6 ans) le mercredi après-midi, 12€ de l'heure"),
    ("b", "ah oui ça m'intéresse"),
    ("a", "je préfère voir aussi avec ta mère pour les horaires, je peux l'appeler ce soir?"),
    ("b", "oui elle rentre vers 19h"),
    ("a", "parfait. tu pourrais passer samedi pour rencontrer Léo? avec ta mère si elle veut"),
    ("b", "ok samedi ça marche"),
    ("a", "merci! et t'inquiète c'est juste goûter, devoirs et parc 😊"),
    ("b", "trop bien, à samedi"),
])

conv("p28-n16", 0, "de", "2026-11-17T17:15:00Z", [], [
    ("a", "alter wie hast du den clutch geholt 😂"),
    ("b", "skill halt lol"),
    ("a", "jaja. spielst du morgen nach der schule wieder?"),
    ("b", "ja ab 4, vorher hab ich mathe nachhilfe"),
    ("a", "kk. adde mich mal auf discord, hier im ingame chat geht voice immer kaputt"),
    ("b", "wie heißt du da"),
    ("a", "kalibr_noah"),
    ("b", "hab dich geaddet"),
    ("a", "nice. mein bruder schenkt mir vllt den battle pass, wenn ja zeig ich dir die neuen skins"),
    ("b", "neid 😭"),
    ("a", "haha bis morgen"),
])


def build():
    rng = random.Random(28)
    rows = []
    for c in CONVS:
        assert set(c["codes"]) <= ALLOWED, (c["id"], set(c["codes"]) - ALLOWED)
        assert (c["label"] == 0) == (not c["codes"]), c["id"]
        assert 5 <= len(c["msgs"]) <= 14, c["id"]
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ")
        ids = {"a": f"{c['id']}-a", "b": f"{c['id']}-b"}
        other = {"a": "b", "b": "a"}
        messages = []
        for i, (who, text) in enumerate(c["msgs"]):
            if i:
                t += timedelta(minutes=rng.randint(1, 5), seconds=rng.randint(0, 59))
            messages.append({"sender": ids[who], "recipient": ids[other[who]],
                             "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        rows.append({"id": c["id"], "label": c["label"], "codes": c["codes"],
                     "lang": c["lang"], "source": "probe-v28", "messages": messages})
    return rows


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} conversations to {OUT}")


if __name__ == "__main__":
    main()
