#!/usr/bin/env python3
"""Writes probe40.jsonl: 60 fictional DM conversations (30 positive, 30 hard negative)
for blind evaluation of a grooming / trafficking-recruitment detector.
Standard library only. All names, handles, numbers (555-01xx) and sites (example.*) are invented.
"""
import json
import os
import random
from datetime import datetime, timedelta

NN = "40"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
           "sexual_talk", "meeting"}

CONVS = []


def conv(label, lang, platform, start, codes, msgs):
    CONVS.append(dict(label=label, lang=lang, platform=platform, start=start,
                      codes=codes, msgs=msgs))


# messages: ("a"|"b"|"c", text) or (who, text, gap) ; gap like "40s", "12m", "5h", "3d", "2w"

# =============================== POSITIVES ===============================

# P1 US game chat, adult -> 12yo boy
conv(1, "en-US", "game chat", "2025-11-08T19:42:10", [
    "age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "risk_assessment"], [
    ("a", "gg bro ur cracked for real"),
    ("b", "thx lol"),
    ("a", "how long u been playing"),
    ("b", "like since christmas"),
    ("a", "u play like my nephew and hes 14. how old r u"),
    ("b", "12"),
    ("a", "nice nice. ur mature for 12 ngl most kids ur age rage quit after one L"),
    ("b", "lol my brother does that"),
    ("a", "wanna duo tmrw? i can get u the battle pass if u want, i got extra vbucks just sitting there", "20h"),
    ("b", "fr??"),
    ("a", "ya its nothing. whats ur discord, this chat is laggy and mods read everything lol"),
    ("b", "idk if my mom lets me have discord"),
    ("a", "she check ur stuff a lot?"),
    ("b", "sometimes on weekends"),
    ("a", "u dont need to tell her, its just gaming. parents get weird about online friends"),
    ("b", "ok its skaterkid_0912"),
    ("a", "sent req. also dont mention the vbucks to anyone ok? other guys in the lobby will get jealous and want free stuff"),
    ("b", "ok"),
    ("a", "ur my duo now 😎"),
])

# P2 UK Discord fandom, adult -> 13yo girl
conv(1, "en-GB", "Discord", "2026-01-14T23:51:00", [
    "compliments_trust", "age_probe", "exclusivity", "off_platform", "secrecy", "photo_request",
    "money_gifts_debt"], [
    ("a", "omg your Kaito fanart in #art-share is actually insane"),
    ("b", "AAA thank u!! i did it on my ipad at like 2am"),
    ("a", "2am on a school night 👀 what year are you in"),
    ("b", "year 8 lol dont tell"),
    ("a", "haha your secret's safe w me. honestly you draw better than people on my uni course"),
    ("b", "ur at uni??"),
    ("a", "yeah final year. dw age is just a number in fandom innit, we like the same stuff"),
    ("b", "true"),
    ("a", "you're so much easier to talk to than people my age tbh. they don't get the show like you do"),
    ("b", "🥺"),
    ("a", "made us a little server, just you and me, so the main chat doesn't see our headcanons", "2d"),
    ("b", "aw ok!! joining"),
    ("a", "are you doing the Kaito cosplay for the con?"),
    ("b", "my mum said maybe if i save up"),
    ("a", "i'll send you money for the wig 💜 send me a pic when you try it on? just for me, not the server"),
    ("b", "haha ok"),
    ("a", "and maybe don't tell your mum it was from me, she won't get that we're mates. parents think everyone online is a creep lol"),
    ("b", "lol she literally does"),
])

# P3 US Instagram fake talent scout -> 14yo girl
conv(1, "en-US", "Instagram", "2025-09-03T16:05:00", [
    "job_offer", "age_probe", "photo_request", "off_platform", "secrecy", "isolation", "travel_meet",
    "meeting", "compliments_trust"], [
    ("a", "Hi! I'm a scout with Lumen Faces Management 📸 came across your page and you have a really unique look. Ever thought about modeling?"),
    ("b", "omg really?? i mean ive thought about it lol", "3h"),
    ("a", "You definitely should. How old are you hun? We have a teen division"),
    ("b", "14 but ppl say i look older"),
    ("a", "You do! That's perfect actually, brands want fresh faces. I'd need a few more pics to send my director. Natural, no filter, maybe one in a swimsuit or workout set for the fitness campaigns"),
    ("b", "like rn?"),
    ("a", "Whenever you get a chance. Send on my snap, it's faster: lumenscout.jess"),
    ("b", "should i ask my mom first"),
    ("a", "I'd wait till you get a callback honestly. Moms get super protective and then girls miss their shot. Once it's official we do all the paperwork with her"),
    ("b", "ok"),
    ("a", "We also have a test shoot Saturday at a hotel downtown, suite's already booked. Can you get a ride? I can send an uber", "1d"),
    ("b", "maybe i can say im at my friends"),
    ("a", "Perfect 😊 keep it between us until you sign, the other girls would kill for this spot"),
])

# P4 US Snapchat "older friend" -> 14yo girl
conv(1, "en-US", "Snapchat", "2026-02-20T21:13:00", [
    "vulnerability", "compliments_trust", "isolation", "secrecy", "meeting", "age_probe",
    "travel_meet", "risk_assessment"], [
    ("b", "ugh my parents took my door off my room. literally prison"),
    ("a", "thats messed up. u didnt even do anything"),
    ("b", "i know!! they never listen"),
    ("a", "wait how old r u again"),
    ("b", "15 in march"),
    ("a", "dont let them treat u like a baby. u deserve someone who actually listens"),
    ("b", "ur literally the only one who does"),
    ("a", "ur the only person who talks to me like a real person too ngl"),
    ("a", "i could come get u sometime. drive around, get food, clear ur head. nobody has to know", "1d"),
    ("b", "they track my phone"),
    ("a", "leave it at home lol. or say ur at kayla's"),
    ("b", "idk"),
    ("a", "no pressure. just want u to be ok. and clear our chat k? if ur dad goes thru ur phone he'll freak and u'll never get ur door back"),
    ("b", "ok"),
    ("a", "friday 9 by the gas station on elm? 🤍"),
])

# P5 UK Instagram loverboy -> 16yo girl
conv(1, "en-GB", "Instagram", "2025-10-02T17:30:00", [
    "romance", "compliments_trust", "age_probe", "money_gifts_debt", "commercial_sex", "control",
    "secrecy", "exclusivity", "isolation"], [
    ("a", "saw u at the bus stop by the shopping centre, had to find ur page. ur actually gorgeous"),
    ("b", "lol who is this"),
    ("a", "dre. 21. not a weirdo i promise 😂 wanna get food sometime"),
    ("b", "im 16 tho"),
    ("a", "so? u dont act like the girls in ur year im sure. ur on another level"),
    ("b", "🙈"),
    ("a", "got u something, check ur door", "3d"),
    ("b", "OMG the trainers?? ur mad"),
    ("a", "only the best for my girl"),
    ("b", "ur girl? 🙈"),
    ("a", "u know ur mine. dont need nobody else"),
    ("b", "my mates think ur too old for me lol"),
    ("a", "ur mates are jealous. they'd love a man who treats them like this"),
    ("a", "babe im in a bit of a mess. owe some people for the flat", "12d"),
    ("b", "how much"),
    ("a", "loads. i dont want u stressing. but there's a way u could help us"),
    ("b", "like what"),
    ("a", "my mate's got a friend, older, proper generous. u just spend an evening with him. its nothing. he'll clear it"),
    ("b", "what do u mean spend an evening"),
    ("a", "dont make it weird. u love me yeah? i'd do it for u. and dont tell ur mum, she's never liked me"),
    ("b", "i dont know dre"),
    ("a", "after everything ive bought u. fine. forget it"),
    ("a", "ill pick u up at 7 if ur not being a baby about it", "25m"),
])

# P6 US loverboy, control stage, 18yo
conv(1, "en-US", "Instagram", "2026-03-07T18:02:00", [
    "control", "money_gifts_debt", "commercial_sex", "isolation", "romance"], [
    ("a", "where r u"),
    ("a", "answer me"),
    ("b", "at my sisters"),
    ("a", "i told u tonight was important. u got 3 dates booked"),
    ("b", "i dont feel good"),
    ("a", "u felt good enough to go to ur sisters. u know how much i put into u? the room, ur phone, ur nails. u owe me"),
    ("b", "i know but"),
    ("a", "ur not leaving me hanging. kev is coming to get u at 8. 250 roses each, u bring all of it to me"),
    ("b", "can i keep some this time"),
    ("a", "we talked about this. i hold the money so u dont waste it. thats how we get our house baby"),
    ("b", "ok"),
    ("a", "and stop texting ur sister so much. she's tryna get in ur head about me"),
    ("b", "shes not"),
    ("a", "8pm. dont make me come get u 🙂"),
])

# P7 US peer recruitment, Instagram, 17yo -> 16yo
conv(1, "en-US", "Instagram", "2025-06-11T14:20:00", [
    "money_gifts_debt", "travel_meet", "commercial_sex", "secrecy", "compliments_trust",
    "vulnerability", "job_offer"], [
    ("a", "heyyy girl long time!! u still at jefferson?"),
    ("b", "yess ugh. ur page is so cute now tho wheres all that from"),
    ("a", "lmaooo my friend marcus. he takes care of me fr. the bag, the lashes, we did miami last month"),
    ("b", "wait what does he do"),
    ("a", "business stuff lol. honestly u could come w us. he's always asking if i got friends as pretty as me"),
    ("b", "stoppp"),
    ("a", "im serious. vegas next weekend, he pays flights and hotel, u just gotta hang out w his friends and be sweet. they tip crazy"),
    ("b", "tip for what lol"),
    ("a", "just like keeping them company, drinks, whatever happens happens. its so easy. i made 2k last trip"),
    ("b", "my mom wouldnt let me go to vegas", "2h"),
    ("a", "say ur at my house for the weekend. she trusts me. and dont post anything while we're there ok"),
    ("b", "hmm lemme think"),
    ("a", "u kinda need it tho, u said ur mom's been stressing about rent 👀 this is how u help her"),
])

# P8 AU TikTok peer recruitment -> 17yo
conv(1, "en-AU", "TikTok", "2025-08-19T15:47:00", [
    "commercial_sex", "money_gifts_debt", "off_platform", "secrecy", "meeting", "travel_meet",
    "job_offer", "compliments_trust"], [
    ("a", "babe ur vids are so cute, u from perth too??"),
    ("b", "ya northern suburbs haha"),
    ("a", "omg same-ish. ok random but u ever want to make heaps of cash? like proper cash"),
    ("b", "who doesnt lol. im at maccas for 14 bucks an hour"),
    ("a", "stoppp. me and my girls get looked after by this guy, he's older, super chill. we go to these parties w his mates and they're generous af"),
    ("b", "generous how"),
    ("a", "like they'll just send u money for being there. sometimes more if u go back to the apartment but thats up to u"),
    ("b", "im not 18 tho"),
    ("a", "neither am i lol nobody checks. add me on tele its safer than here, tiktok reads dms: @sunnybabe_x"),
    ("b", "why safer"),
    ("a", "just is 😂 dont tell ur parents obvs. he can pick u up from school this arvo if u want"),
])

# P9 US sextortion, Instagram, 15yo boy
conv(1, "en-US", "Instagram", "2026-04-02T22:48:00", [
    "sextortion", "money_gifts_debt", "control"], [
    ("a", "u there?"),
    ("a", "answer me now"),
    ("b", "what"),
    ("a", "i screenshotted everything. ur pic, ur face, ur followers list, ur school"),
    ("b", "wait what r u talking about. ur maddie right"),
    ("a", "no. pay $500 in the next hour or it goes to everyone who follows you. ur mom too. found her facebook"),
    ("b", "pls dont im 15 i dont have that"),
    ("a", "then ur life is over. cashapp or apple gift cards. send the codes here"),
    ("b", "i can get like 60"),
    ("a", "not enough. 300 minimum. clock's running"),
    ("b", "please im begging"),
    ("a", "i already made the group chat. 45 min."),
])

# P10 Indian English sextortion, Snapchat, 16yo boy
conv(1, "en-IN", "Snapchat", "2025-12-12T20:10:00", [
    "sextortion", "money_gifts_debt", "control", "secrecy"], [
    ("a", "hi rohan. see what I have"),
    ("a", "[screenshot]"),
    ("b", "who is this?? this is priya's account"),
    ("a", "forget priya. you sent pic na, now it is with me. you want your papa and your whole class to see?"),
    ("b", "please delete it bhai please"),
    ("a", "delete will happen. first send 15000 to this UPI. then 10k more tomorrow"),
    ("b", "i am in 11th std where will i get 15000"),
    ("a", "take from your mother purse, your problem. i have your insta followers list, your coaching class group also"),
    ("b", "give me time till evening"),
    ("a", "till 6 pm only. if you tell anyone or block me, it goes to everyone automatically"),
])

# P11 Nigerian-English sextortion -> UK 14yo boy
conv(1, "en-NG", "Instagram", "2026-01-30T21:05:00", [
    "sextortion", "money_gifts_debt", "control"], [
    ("a", "Hello Josh, look at this collage i made with your picture and your followers. Your mum, your coach, your friends are all inside"),
    ("b", "what the hell is this"),
    ("a", "You thought you were chatting with a fine girl abi. Now listen. I want £400 before 10pm or i will post it and tag your school page"),
    ("b", "im only 14 mate i dont have that"),
    ("a", "Dont waste my time. You have paypal? amazon vouchers is ok"),
    ("b", "i have like 40 quid"),
    ("a", "send it now as first installment then we talk"),
    ("b", "if i send it will u delete"),
    ("a", "I am a man of my word. send it sharp sharp"),
])

# P12 US game chat (Fortnite-like) adult -> 11yo
conv(1, "en-US", "game chat", "2025-07-22T13:31:00", [
    "age_probe", "photo_request", "off_platform", "secrecy", "compliments_trust", "risk_assessment"], [
    ("a", "yo nice clutch"),
    ("b", "thanks"),
    ("a", "ur voice sounds young lol how old"),
    ("b", "11 but almost 12"),
    ("a", "haha cool my lil bro is 11. want me to carry u to champs? i'm actually good"),
    ("b", "yesss"),
    ("a", "ok but i need to know ur real lol send a selfie so i know ur not a bot"),
    ("b", "um ok"),
    ("a", "add me on snap its easier to plan games, ghostrecon_tj"),
    ("b", "i only have my moms old phone"),
    ("a", "thats fine. does she look at it?"),
    ("b", "no she doesnt care"),
    ("a", "good. just dont tell ur parents u play with me, they'll think im too old and make u stop. and we're gonna win so much"),
])

# P13 Nigerian English, Messenger, "uncle" family friend -> 13yo girl
conv(1, "en-NG", "Facebook Messenger", "2025-10-21T19:20:00", [
    "compliments_trust", "money_gifts_debt", "secrecy", "isolation", "meeting", "photo_request",
    "risk_assessment"], [
    ("a", "Good evening my dear. How was school today?"),
    ("b", "Good evening uncle. it was fine", "40m"),
    ("a", "You are growing into a fine young lady o. Your mummy is lucky"),
    ("b", "thank you sir"),
    ("a", "I noticed your phone screen is always cracking. I want to buy you new iPhone. But it will be our secret, your mummy will say I am spoiling you"),
    ("b", "ah uncle thank you!!"),
    ("a", "Come to my house on Saturday after your lesson, i will give you. Come alone, no need to disturb your mummy"),
    ("b", "ok sir"),
    ("a", "And dont tell your sister, she will be jealous. Delete these messages eh, you know how your mummy checks your phone"),
    ("b", "ok uncle"),
    ("a", "Good girl. Send me a picture of you in the dress i bought for your birthday, let me see how it fits you"),
])

# P14 Indian English Instagram fake casting -> 15yo girl
conv(1, "en-IN", "Instagram", "2026-02-03T11:40:00", [
    "job_offer", "age_probe", "photo_request", "secrecy", "isolation", "travel_meet", "off_platform",
    "meeting", "compliments_trust"], [
    ("a", "Hi dear, I am casting director for new OTT web series. Your reels are very good, you have fresh face. Interested for audition?"),
    ("b", "Hi! Really? which series", "2h"),
    ("a", "Cannot disclose name, big production house. Lead role is school girl 15-16. What is your age?"),
    ("b", "I'm 15, class 10"),
    ("a", "Perfect. Send 4-5 photos, one in traditional and one in western short dress, for look test"),
    ("b", "ok will send. my mom is asking which company"),
    ("a", "See, kindly don't involve parents at this stage, they create unnecessary drama and producers drop such girls. After selection we will do agreement with family"),
    ("b", "but i am in Pune, audition is where"),
    ("a", "Mumbai, Andheri. I will book hotel and train ticket for you. Come alone, one day only, you can tell at home it is school trip"),
    ("b", "i have to think"),
    ("a", "Think fast dear, 200 girls are waiting for this role. Also shift to WhatsApp 555-0148. Instagram is not safe for these matters"),
])

# P15 Nigerian English, Messenger, "madam" job abroad -> 18yo
conv(1, "en-NG", "Facebook Messenger", "2025-05-14T10:15:00", [
    "job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], [
    ("a", "How far Blessing, na Madam Joy be this. Your aunty said you don finish SS3 and you dey look work"),
    ("b", "Good afternoon ma. Yes ma I am looking", "1h"),
    ("a", "Fine. I get work for you for Italy, hair salon. The pay is in euro, you go dey send money home every month"),
    ("b", "Italy?? Ah ma, I don't have money for visa and flight"),
    ("a", "No wahala. I will sponsor everything. When you reach, you will pay me back small small from your salary. 30,000 euro total"),
    ("b", "30,000 euro is a lot ma"),
    ("a", "You will finish in one year, the salon girls make plenty. Many girls from our area are there now living big"),
    ("b", "Ok ma. what do i need"),
    ("a", "Just your passport. When you reach, i will hold it for safekeeping. And we will do small oath at the native doctor so you will not run away with my money"),
    ("b", "oath?"),
    ("a", "Is normal. Dont tell your pastor or anybody, people are jealous. We move through Lagos next month"),
])

# P16 UK Discord Minecraft server "admin" -> 12yo
conv(1, "en-GB", "Discord", "2025-11-29T17:55:00", [
    "compliments_trust", "exclusivity", "age_probe", "photo_request", "secrecy", "risk_assessment",
    "sexual_talk"], [
    ("a", "hey so i saw u built the castle at spawn, its honestly the best build on the server"),
    ("b", "omg thanks!!!"),
    ("a", "im thinking of making u builder rank. theres a private staff channel, only me and u in it for now"),
    ("b", "YES"),
    ("a", "just so i can put it in the staff sheet how old r u? wont tell anyone"),
    ("b", "12"),
    ("a", "thats fine, ur more mature than half my staff lol. im 26 but i feel about 12 too haha"),
    ("b", "lol"),
    ("a", "do u have a cam? sometimes staff do vc with cams on so we know everyone"),
    ("b", "my laptop has one"),
    ("a", "cool, we can test it tonight after ur mum and dad go to bed so its quiet"),
    ("a", "also send me a pic of what ur wearing rn for ur staff profile lol jk... unless? 😉"),
    ("b", "haha um"),
    ("a", "and keep the staff stuff secret, other members will beg for rank if they find out"),
])

# P17 US TikTok, adult "fan" -> 14yo creator
conv(1, "en-US", "TikTok", "2026-03-19T22:30:00", [
    "money_gifts_debt", "photo_request", "age_probe", "secrecy", "off_platform", "sexual_talk"], [
    ("a", "ur dance on live tonight was 🔥 i sent u 5 roses did u see"),
    ("b", "omg yes thank u!!"),
    ("a", "np. i could send a lot more, like a galaxy, if u did a little private video just for me"),
    ("b", "what kind of video"),
    ("a", "just u in ur pjs saying goodnight to me lol. nothing bad. how old r u btw"),
    ("b", "14"),
    ("a", "perfect age to start earning 😊 lots of girls do this"),
    ("b", "idk"),
    ("a", "i'll paypal u 50 too. keep it between us, tiktok is weird about this stuff. we can move to kik"),
    ("b", "i dont have kik"),
    ("a", "download it ill walk u thru. i want to talk about more grown-up stuff there, things u cant say on here"),
])

# P18 AU Snapchat loverboy -> 17yo
conv(1, "en-AU", "Snapchat", "2025-09-27T08:12:00", [
    "romance", "isolation", "vulnerability", "control", "commercial_sex", "money_gifts_debt",
    "exclusivity"], [
    ("a", "morning beautiful ☀️ u sleep ok"),
    ("b", "ya kinda. mum was yelling again"),
    ("a", "told u, come stay at mine. u dont need that"),
    ("b", "she'd lose it"),
    ("a", "she doesnt even care. and ur mates, tayla especially, shes jealous of us. stop hanging with her"),
    ("b", "shes my best friend tho"),
    ("a", "i'm ur best friend. 🖤"),
    ("b", "ok i'm at urs now. where'd u put my bank card", "5d"),
    ("a", "i've got it, safer with me. u'd just spend it"),
    ("a", "babe my mate jase is coming round tonight. he's got heaps of cash and he likes u. just be nice to him, for us, we need rent", "3h"),
    ("b", "be nice how"),
    ("a", "u know how. dont be a baby about it. i looked after u, now u look after me"),
])

# P19 UK Snapchat peer recruitment into exploitative "party" -> 14yo
conv(1, "en-GB", "Snapchat", "2026-04-17T16:44:00", [
    "money_gifts_debt", "secrecy", "meeting", "compliments_trust", "isolation"], [
    ("a", "u coming tonight or wat"),
    ("b", "where"),
    ("a", "tariqs mates flat by the station. theyre like 20 but proper safe. free vodka, free weed, they give u money for a taxi home n that"),
    ("b", "my mum wont let me out past 8"),
    ("a", "say ur stayin at mine lol. everyone does"),
    ("b", "who else is going"),
    ("a", "me n chantelle. they asked if i had any fit mates 👀 i said u"),
    ("b", "lol omg"),
    ("a", "last time kyle gave me 50 quid just for chillin. u just gotta be nice innit"),
    ("b", "ok maybe"),
    ("a", "dont put it on ur story that ur there ok. n dont tell ur sister"),
])

# P20 US Instagram "manager" -> 19yo
conv(1, "en-US", "Instagram", "2025-08-05T12:26:00", [
    "job_offer", "romance", "commercial_sex", "control", "money_gifts_debt", "off_platform",
    "compliments_trust", "exclusivity"], [
    ("a", "hey beautiful. real talk, u too fine to be posting about double shifts at the diner"),
    ("b", "lol i wish i didnt have to", "6h"),
    ("a", "u dont have to. i manage a few girls, they make more in a weekend than u make in a month"),
    ("b", "manage like modeling?"),
    ("a", "modeling, dates, private events. generous gentlemen only. i handle the bookings, u just show up pretty"),
    ("b", "dates?? like escort?"),
    ("a", "dont say it like that lol. its companionship. u keep 40, i cover hotel, photos, ads"),
    ("b", "why do u keep 60"),
    ("a", "cuz i keep u safe and i got the clients. plus i'd be ur man, u wouldnt need nobody else 😘"),
    ("b", "idk i gotta think"),
    ("a", "ok but dont think too long. text me 555-0173, no more IG for this"),
])

# P21 US Discord sextortion -> 14yo boy
conv(1, "en-US", "Discord", "2025-12-28T01:14:00", [
    "sextortion", "money_gifts_debt", "control", "secrecy"], [
    ("a", "hey"),
    ("a", "so u know that pic u sent to kayla"),
    ("b", "???"),
    ("a", "kayla doesnt exist lol. i have it plus ur steam, ur discord friends and ur school from ur bio"),
    ("b", "bro pls delete that"),
    ("a", "$200 in steam gift cards and ill delete. u got 1 hour or it goes in every server ur in"),
    ("b", "i cant buy that rn"),
    ("a", "go to the pharmacy store by u. scratch the back, send a pic of the code"),
    ("b", "what if i tell my parents"),
    ("a", "tell them and i post it instantly. nobody can help u. 58 min"),
])

# P22 US game chat (sandbox game) adult "boyfriend" -> 15yo girl
conv(1, "en-US", "game chat", "2026-01-05T22:58:00", [
    "romance", "age_probe", "travel_meet", "meeting", "money_gifts_debt", "secrecy", "isolation",
    "exclusivity", "compliments_trust"], [
    ("a", "ur build skills are crazy, whoever made this house has taste"),
    ("b", "lol thx i did the garden"),
    ("a", "wanna be neighbors? ill build next to u"),
    ("b", "sure"),
    ("a", "how old r u btw, u type like a college kid", "2d"),
    ("b", "15 lol. u?"),
    ("a", "22. dont freak out haha. ur honestly more mature than girls my age"),
    ("b", "lol thanks"),
    ("a", "u on every night?"),
    ("b", "after homework ya"),
    ("a", "ill wait for u then 😊 got u the premium pass btw, check ur inventory", "3d"),
    ("b", "omg no way. thank u!!"),
    ("a", "goodnight my love 💕 best day ever in our house on the server", "1w"),
    ("b", "lol goodnight"),
    ("a", "i keep thinking about meeting u irl. ur 15 and im 22, in 3 years nobody can say anything. but i cant wait that long"),
    ("b", "me neither tbh"),
    ("a", "ill buy u a bus ticket to come see me. ohio isnt that far from u", "1d"),
    ("b", "my parents would never"),
    ("a", "tell them ur staying at ur friends for the weekend. ill send the ticket to ur email, delete it after"),
    ("b", "what if they find out"),
    ("a", "they wont if we're careful. this is just ours. nobody understands us anyway"),
    ("b", "ok"),
    ("a", "also stop talking about me in the group chat with ur friends. they'll ruin it"),
    ("b", "i only told mia"),
    ("a", "tell her we broke up. trust me"),
])

# ---- non-English positives ----

# es-1 Spain Instagram loverboy -> 17yo
conv(1, "es", "Instagram", "2025-10-11T20:05:00", [
    "romance", "age_probe", "compliments_trust", "money_gifts_debt", "commercial_sex", "control",
    "secrecy", "isolation"], [
    ("a", "hola guapa, te vi en el concierto del sábado y no paro de pensar en ti"),
    ("b", "jajaja quién eres"),
    ("a", "me llamo Adri, 23. tranqui que no muerdo 😂 cuántos años tienes?"),
    ("b", "17"),
    ("a", "pareces mayor, en serio. eres diferente a las de tu edad"),
    ("a", "mi reina, te he pillado el bolso que querías, pasa a por él", "4d"),
    ("b", "no puede ser 😍 eres el mejor"),
    ("a", "tú te lo mereces todo. pero no se lo cuentes a tus amigas, son unas envidiosas"),
    ("a", "cariño, tengo un problema con un tío al que le debo pasta", "2w"),
    ("b", "cuánto?"),
    ("a", "bastante. pero hay una forma. un colega mío paga muy bien por pasar una noche con una chica guapa. solo una vez, por nosotros"),
    ("b", "qué?? me estás pidiendo eso?"),
    ("a", "después de todo lo que te he dado? si me quisieras lo harías. y ni se te ocurra decírselo a tu madre"),
])

# es-2 Mexico Instagram sextortion -> 16yo boy
conv(1, "es", "Instagram", "2026-02-26T23:37:00", [
    "sextortion", "money_gifts_debt", "control"], [
    ("a", "ya viste lo que tengo? tu foto, tu cara y la lista de tus seguidores"),
    ("b", "qué? borra eso por favor"),
    ("a", "manda 3000 pesos por oxxo o mercado pago en 30 minutos o se la mando a todos, a tu mamá y a tu escuela"),
    ("b", "tengo 16 años no tengo ese dinero"),
    ("a", "no es mi problema. consíguelo. si me bloqueas se publica solito"),
    ("b", "solo tengo 500"),
    ("a", "manda los 500 ahorita y me debes el resto mañana"),
])

# pt-1 Brazil game chat (Free Fire) adult -> 12yo
conv(1, "pt", "game chat", "2025-07-09T15:12:00", [
    "age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "photo_request"], [
    ("a", "mano vc joga mto kkkk quantos anos vc tem?"),
    ("b", "12"),
    ("a", "nossa, joga melhor que os caras de 20 aqui. quer que eu te passe uns diamantes?"),
    ("b", "serio??? quero"),
    ("a", "passo sim. me chama no zap que é mais fácil, 555-0116"),
    ("b", "ok"),
    ("a", "mas não conta pra sua mãe que fui eu que te dei, senão ela vai achar estranho e tirar teu celular"),
    ("b", "tá bom"),
    ("a", "manda uma foto sua pra eu colocar no seu contato. só pra mim, ninguém mais vê"),
])

# fr-1 France Snapchat peer recruitment -> 16yo
conv(1, "fr", "Snapchat", "2026-03-12T19:48:00", [
    "money_gifts_debt", "travel_meet", "commercial_sex", "secrecy", "compliments_trust"], [
    ("a", "wsh ma belle t'es dispo ce week-end ?"),
    ("b", "jsp pk ?"),
    ("a", "avec Inès on monte sur Paris, y'a un gars qui nous prend un appart, tout est payé"),
    ("b", "un gars ? c qui"),
    ("a", "un pote à moi, il a du réseau. on sort, on voit des mecs qui paient bien juste pour passer du temps avec nous"),
    ("b", "passer du temps genre ?"),
    ("a", "tkt c'est chill, tu fais ce que tu veux. Inès s'est fait 800 balles le dernier week-end"),
    ("b", "wow. ma mère voudra jamais"),
    ("a", "tu dis que tu dors chez moi. et supprime les snaps hein"),
    ("b", "ok je réfléchis"),
    ("a", "grouille, il veut savoir ce soir. il a vu ta photo il te trouve trop belle 😍"),
])

# fr-2 French Instagram fake casting -> 13yo
conv(1, "fr", "Instagram", "2025-06-25T17:03:00", [
    "job_offer", "age_probe", "photo_request", "secrecy", "off_platform", "meeting", "travel_meet",
    "compliments_trust"], [
    ("a", "Bonjour ! Je suis chargée de casting pour une agence de mannequins enfants et ados. Tu as un visage très photogénique 😊"),
    ("b", "ah merci !!", "1h"),
    ("a", "Tu as quel âge ?"),
    ("b", "13 ans"),
    ("a", "Parfait pour notre campagne été. Il me faudrait des photos sans maquillage, et une en maillot de bain pour la marque"),
    ("b", "je peux demander à ma mère ?"),
    ("a", "Pour l'instant c'est confidentiel, on ne peut pas en parler aux parents avant la sélection. Sinon tu perds ta place"),
    ("b", "ah d'accord"),
    ("a", "Envoie-les-moi sur WhatsApp plutôt. Et on a un shooting à Lyon mercredi, je peux venir te chercher à la sortie du collège"),
])

# de-1 German Discord fandom, adult posing as 15 -> 12yo
conv(1, "de", "Discord", "2025-11-16T18:21:00", [
    "age_probe", "compliments_trust", "money_gifts_debt", "travel_meet", "meeting", "secrecy",
    "photo_request", "isolation", "risk_assessment"], [
    ("a", "hiii du bist doch auch Stan von NOVA? dein Edit ist sooo gut"),
    ("b", "jaaa danke 😭💜"),
    ("a", "wie alt bist du? ich bin 15"),
    ("b", "12, bald 13"),
    ("a", "süß. du bist voll reif für 12 ehrlich"),
    ("b", "hehe danke"),
    ("a", "ich hab Karten für das Konzert in Köln, zwei Stück. willst du mit?", "2d"),
    ("b", "OMG ernsthaft?? meine Mama muss aber mit"),
    ("a", "ne, das wird zu kompliziert. sag einfach du pennst bei ner Freundin. ich hol dich ab, mein Bruder fährt"),
    ("b", "hmm"),
    ("a", "lass uns mal videocallen damit wir uns kennenlernen. aber mit Kopfhörern, damit deine Eltern nix hören"),
    ("b", "ok"),
    ("a", "und schick mir vorher ein Foto von dir im Schlafanzug 😜 nur so zum Spaß"),
])

# nl-1 Dutch Snapchat loverboy -> 15yo
conv(1, "nl", "Snapchat", "2026-01-22T16:35:00", [
    "romance", "control", "money_gifts_debt", "commercial_sex", "secrecy", "isolation", "meeting"], [
    ("a", "hey schatje, ben je al thuis"),
    ("b", "ja net. mn moeder zeurt weer"),
    ("a", "laat haar. jij bent van mij, ik zorg voor je 💯"),
    ("b", "haha lief"),
    ("a", "morgen haal ik je op na school, heb een nieuwe jas voor je gekocht"),
    ("b", "serieus?? ❤️"),
    ("a", "schat ik zit echt in de shit. heb een schuld bij gasten die niet grappig zijn", "1w"),
    ("b", "hoeveel"),
    ("a", "2000. maar jij kan me helpen. een vriend van me wil je ontmoeten, hij betaalt goed. één avond"),
    ("b", "wat moet ik dan doen"),
    ("a", "gewoon lief zijn voor hem. doe niet zo moeilijk, je weet wat ik bedoel. voor ons"),
    ("b", "ik weet niet"),
    ("a", "na alles wat ik voor je gekocht heb? en niks zeggen tegen je vriendinnen of je moeder, anders zijn we klaar"),
])

# nl-2 Dutch Instagram sextortion -> 15yo boy
conv(1, "nl", "Instagram", "2025-09-09T22:02:00", [
    "sextortion", "money_gifts_debt", "control"], [
    ("a", "kijk wat ik heb 📸"),
    ("a", "je foto + screenshot van al je volgers. je ouders staan er ook tussen"),
    ("b", "wtf wie ben jij. verwijder dat"),
    ("a", "€250 via paysafecard binnen 1 uur. anders stuur ik het naar iedereen"),
    ("b", "ik ben 15 ik heb geen 250 euro"),
    ("a", "leen het dan. als je me blokt gaat het automatisch online"),
    ("b", "ik kan 50"),
    ("a", "stuur die 50 nu als aanbetaling. de rest morgen"),
])

# =============================== NEGATIVES ===============================

# N1 US game chat, two 13yo peers
conv(0, "en-US", "game chat", "2025-10-17T17:05:00", [], [
    ("a", "yo ur good at bedwars"),
    ("b", "ty lol"),
    ("a", "how old r u"),
    ("b", "13 u"),
    ("a", "13 too lol what grade"),
    ("b", "7th"),
    ("a", "same. wanna add on discord? me and my friends from school play every friday"),
    ("b", "i gotta ask my mom, she only lets me add ppl i know irl"),
    ("a", "oh ok fair. my moms like that too lol. we can just party up here"),
    ("b", "bet. same time tmrw?"),
    ("a", "ya after practice"),
])

# N2 UK Discord, two 13-14yo fandom friends
conv(0, "en-GB", "Discord", "2026-02-08T18:40:00", [], [
    ("a", "ok dont tell ANYONE but im redesigning my OC for the zine"),
    ("b", "OMG show me"),
    ("a", "[image] its rough"),
    ("b", "SHE'S SO PRETTY. what colour wig for the cosplay tho??"),
    ("a", "mum said she'd take me to the con in birmingham if i finish my mocks"),
    ("b", "we HAVE to go together. my dad can drive us both"),
    ("a", "YES. pls don't post the design in the main server, i want a surprise reveal"),
    ("b", "not a word 🤐 how old do u have to be for the zine btw"),
    ("a", "13+ with parent permission, mine already signed it"),
    ("b", "ok asking mine tonight"),
])

# N3 US Instagram legit agency -> 14yo, parent-first
conv(0, "en-US", "Instagram", "2025-09-15T10:22:00", [], [
    ("a", "Hi Ava! This is Dana from Northgate Models (site: northgate.example.com). Your mom's friend passed along your page. We represent teens 13–17 for catalog work."),
    ("b", "omg hi!! is this real", "2h"),
    ("a", "Totally real, and totally fine to be skeptical! For anyone under 18 we only work through a parent or guardian. Could your mom or dad email us at scouting@northgate.example.com?"),
    ("b", "ok ill tell my mom. do u need pics?"),
    ("a", "Please don't send me any photos here. We'd set up a meeting at our office with your parent there and take simple digitals, jeans and a t-shirt, no makeup. We never charge fees and never ask minors for swimsuit photos."),
    ("b", "ok cool"),
    ("a", "Your mom can also call our front desk at 555-0121 to confirm who I am 😊"),
    ("b", "she says she'll email u tonight!", "3h"),
    ("a", "Perfect. And a tip for life: any 'scout' who asks you to keep it secret from your parents isn't legit."),
])

# N4 US Snapchat, cousin (22) + 14yo, surprise party
conv(0, "en-US", "Snapchat", "2026-04-21T15:10:00", [], [
    ("a", "ok operation MOM'S 50TH is a go 🎉"),
    ("b", "omg finally. what do i do"),
    ("a", "keep her busy saturday till 4. DO NOT tell her. she reads ur texts so delete this lol jk just dont say anything"),
    ("b", "lol she literally does read them"),
    ("a", "ill pick u up at 3 from practice, we'll grab the cake from the bakery on 5th"),
    ("b", "can we get the strawberry one"),
    ("a", "obvi. uncle ray knows the plan, he's doing the backyard"),
    ("b", "aunt lisa's gonna cry"),
    ("a", "she's gonna SOB. dont post anything on ur story till after"),
    ("b", "🤐🤐"),
])

# N5 Nigerian English, Instagram, adults dating (27/29)
conv(0, "en-NG", "Instagram", "2025-11-02T20:30:00", [], [
    ("a", "Hey you 😊 I'm still thinking about that suya spot"),
    ("b", "Same o. Second date this weekend?"),
    ("a", "Yes. I'll book somewhere, my treat this time"),
    ("b", "Ok but then I'm buying the small chops after"),
    ("a", "Random idea: my guy's wedding in Abuja next month, will you be my plus one? I have miles for the flight", "2w"),
    ("b", "Ehn. That's a big step lol. Let me check with work but yes probably"),
    ("a", "No pressure at all, genuinely. You can have your own room, my cousin is sorting the hotel block"),
    ("b", "You're sweet. Send me a pic of your agbada so we can match colours"),
    ("a", "Sending 🕺🏾"),
    ("b", "Haha the wine one? I have gele that will go with it"),
    ("a", "Perfect. My sister says you must come and greet my mum before we go, she's heard too much about you", "2d"),
    ("b", "Ahn ahn, pressure 😂 ok Sunday after church?"),
    ("a", "Sunday works. She'll feed you till you can't walk"),
    ("b", "Then I'm not eating breakfast"),
    ("a", "Smart woman. Flight is booked btw, Friday 7am, I'll send your ticket to your email", "1d"),
    ("b", "Got it. Window seat?"),
    ("a", "What do you take me for. Of course"),
    ("b", "😂 ok you're forgiven for being late on Saturday"),
    ("a", "I said traffic!! Third Mainland was standing still"),
    ("b", "Mm hmm. Anyway goodnight, see you Sunday"),
    ("a", "Goodnight 🌙"),
])

# N6 UK Messenger, mum -> 16yo after school exploitation talk
conv(0, "en-GB", "Facebook Messenger", "2026-03-03T15:48:00", [], [
    ("a", "Hiya love, school sent a letter about a talk today on exploitation, did you go?"),
    ("b", "yeah it was kinda intense. about county lines and older boyfriends and stuff"),
    ("a", "Good. You know you can tell me anything yeah? If a lad ever buys you loads of stuff then says you owe him, that's not love"),
    ("b", "mum i know 🙄"),
    ("a", "I know you know. Just humour me. Same with anyone asking you to keep secrets from me or move to another app"),
    ("b", "they said that too. and if someone threatens to share pics, don't pay, tell an adult"),
    ("a", "Exactly. Proud of you. Chippy for tea?"),
    ("b", "YES"),
])

# N7 AU Instagram, 16yo friends, real cafe job
conv(0, "en-AU", "Instagram", "2025-12-01T16:15:00", [], [
    ("a", "heyy u still looking for work?"),
    ("b", "yesss desperate lol"),
    ("a", "my boss at the cafe on beaufort st needs another casual. saturdays + sunday arvo"),
    ("b", "omg how much"),
    ("a", "like $20 an hour for juniors plus tips, heaps better than maccas"),
    ("b", "do i need anything"),
    ("a", "tax file number and a resume. ur mum has to sign the form cos ur 16"),
    ("b", "easy. can u put in a word"),
    ("a", "already did 😂 she said come in tmrw at 10. u could come work w us every weekend, it'd be so fun"),
    ("b", "ahhh ty ur the best"),
])

# N8 US Snapchat, older brother warns 15yo about sextortion
conv(0, "en-US", "Snapchat", "2026-01-11T19:27:00", [], [
    ("a", "hey real talk for a sec"),
    ("b", "bro what"),
    ("a", "if anyone ever gets a pic from u and says they'll send it to ur followers unless u pay, u come to me. not mom first if thats scary, me"),
    ("b", "why would that happen lol"),
    ("a", "it happens to a lot of guys. fake girl accounts. they threaten u, give u like an hour. they want gift cards"),
    ("b", "ok thats actually messed up"),
    ("a", "dont pay, screenshot everything and we report it. nobody's gonna be mad at u"),
    ("b", "ok. thanks i guess"),
    ("a", "love u lil man. now come help me w groceries"),
])

# N9 US TikTok, legit brand collab -> 19yo creator
conv(0, "en-US", "TikTok", "2025-08-28T13:00:00", [], [
    ("a", "Hi Mariah! I'm Sam from the partnerships team at Brightleaf Skincare (brightleaf.example.com). We love your morning routine videos!"),
    ("b", "omg hi thank u!!", "5h"),
    ("a", "We'd love to send you our new SPF kit and talk about a paid collab, $800 flat for one video + 2 stories. Are you 18+? We need that for contracts"),
    ("b", "yes I'm 19"),
    ("a", "Great! I'll email the contract from my work address. You're welcome to have anyone review it. Payment via invoice, net 30"),
    ("b", "sounds good. do u need my address"),
    ("a", "Yes but please send it by email, not here, so it's on record. No rush!"),
    ("b", "sent! excited", "1d"),
    ("a", "Got it 🙌 Kit ships Monday"),
])

# N10 Discord mod removes underage user
conv(0, "en-US", "Discord", "2026-02-14T11:09:00", [], [
    ("a", "hey! quick mod thing, you mentioned in #general that you're 11?"),
    ("b", "ya is that bad"),
    ("a", "not bad at all, but discord's rules say you have to be 13 to have an account, so i have to remove you from the server for now"),
    ("b", "awww"),
    ("a", "sorry!! its a discord rule not ours. tell a parent too, they can help you find kid-friendly games"),
    ("b", "can i come back when im 13"),
    ("a", "absolutely, we'll still be here. and good on you for being honest about your age 👍"),
    ("b", "ok bye"),
])

# N11 AU Messenger, dad organising kids' game night with other parent
conv(0, "en-AU", "Facebook Messenger", "2025-10-30T18:45:00", [], [
    ("a", "G'day Mel, it's Craig, Jayden's dad. The boys want a Minecraft night Saturday, Liam's welcome to come over"),
    ("b", "Hi Craig! He'd love that. What time?"),
    ("a", "Say 4 till 8? I'll do snags for dinner. I'll be home the whole time, Sarah too"),
    ("b", "Perfect. He's got a nut allergy just FYI"),
    ("a", "No worries, I'll check everything. Can drop him home after if that's easier"),
    ("b", "That'd be great, thanks heaps"),
    ("a", "Too easy. I'll text when we're leaving"),
])

# N12 US Snapchat, 17yo friends, prom dress
conv(0, "en-US", "Snapchat", "2026-04-25T20:02:00", [], [
    ("a", "OK SENDING THE DRESS DONT SCREENSHOT"),
    ("b", "omg show me"),
    ("a", "[snap]"),
    ("b", "STOP IT'S PERFECT. jake is gonna pass out"),
    ("a", "don't tell him what color!! i want it to be a surprise"),
    ("b", "my lips are sealed. is ur mom doing ur hair"),
    ("a", "ya and my aunt is doing makeup. pics at my house at 5"),
    ("b", "i'll bring the boutonniere thing"),
    ("b", "wait is the after party at a hotel"),
    ("a", "no its at kenzie's house and her parents will be there lol"),
    ("b", "ok good my dad would kill me otherwise"),
])

# N13 Nigerian English Messenger, legit graduate job
conv(0, "en-NG", "Facebook Messenger", "2025-07-01T09:12:00", [], [
    ("a", "Good morning Chiamaka. I am Tunde from the HR unit of Crestline Logistics, Lagos. We got your CV from the career fair at your university"),
    ("b", "Good morning sir. Thank you for reaching out"),
    ("a", "We have an opening for a graduate trainee in our Ikeja office. Salary is 350k monthly plus HMO"),
    ("b", "Wow ok. What is the process sir?"),
    ("a", "Written test and interview at our office on Thursday, 10am. Please note we do NOT collect any fees at any stage"),
    ("b", "Noted sir. Should I bring anything?"),
    ("a", "Your original certificates, NYSC discharge letter and a valid ID. Offer letter will come by official email"),
    ("b", "Thank you sir, I will be there"),
    ("a", "You are welcome. You can verify the role on crestline.example.com/careers"),
])

# N14 Indian English Instagram, 15yo + older cousin re legit audition with mother
conv(0, "en-IN", "Instagram", "2026-03-26T18:33:00", [], [
    ("a", "Didi!! guess what, I got shortlisted for the ad audition in Mumbai"),
    ("b", "Arre wah! Which agency?"),
    ("a", "Sunbeam Casting, it's registered, Papa checked their website and GST and all. They cast kids 12 to 16 for a school bag ad"),
    ("b", "Good good. Who's going with you?"),
    ("a", "Mumma is coming only, we'll take the train on Saturday. Can we stay at your flat?"),
    ("b", "Obviously yaar. I'll make rajma. Are they paying or you have to pay something?"),
    ("a", "No no, no fees. They said if anyone asks for money it's fraud. Audition is at their studio in Andheri, parents allowed inside"),
    ("b", "Perfect. Send me address, I'll pick you both from the station"),
    ("a", "Love you didi 💕"),
])

# N15 US Snapchat, teen boys joking "blackmail"
conv(0, "en-US", "Snapchat", "2025-11-19T16:20:00", [], [
    ("a", "bro i got that pic of u asleep on the bus w ur mouth open 💀"),
    ("b", "DELETE THAT"),
    ("a", "lmao pay up. one chipotle bowl or it goes in the group chat"),
    ("b", "ur actually evil"),
    ("a", "clock's ticking 😂 57 min"),
    ("b", "fine extra guac but ur buying drinks"),
    ("a", "deal. deleted. jk its my lockscreen now"),
    ("b", "i hate u"),
])

# N16 US Messenger, coach -> parent, tournament travel
conv(0, "en-US", "Facebook Messenger", "2026-01-27T19:05:00", [], [
    ("a", "Hi Mrs. Alvarez, it's Coach Dee. Sofia made the travel roster for the Phoenix tournament! 🥳"),
    ("b", "Oh she's going to be thrilled. What are the details?"),
    ("a", "We leave Friday 6am by bus from the school. Girls are 4 to a room, two parent chaperones per floor"),
    ("b", "Great. What does she need?"),
    ("a", "Signed permission slip, medical form, and $120 for meals. Hotel is covered by the booster club"),
    ("b", "Can I come as a chaperone?"),
    ("a", "Yes please! We need one more. Background check form is in the email I sent"),
    ("b", "Done. Thank you for everything coach", "1d"),
    ("a", "Of course. Reminder: team policy is coaches never DM players one-on-one, so anything for Sofia comes to you 👍"),
])

# N17 UK Instagram, adult friends, dating-app safety
conv(0, "en-GB", "Instagram", "2025-09-20T17:40:00", [], [
    ("a", "so is it tonight?? the guy from the app"),
    ("b", "yeahhh 8pm at the wine bar on the high street"),
    ("a", "share your location with me pls. and text me at 9 so I know you're not dead"),
    ("b", "lol yes mum"),
    ("a", "I'm serious! he's 29 right? not some 45 year old catfish"),
    ("b", "video called him yesterday, he's legit. works in accounts, very boring, v cute"),
    ("a", "ok good. if it's bad text me 'pineapple' and I'll ring with an emergency"),
    ("b", "love you x"),
    ("b", "update: he's lovely. getting dessert", "3h"),
    ("a", "YES QUEEN"),
])

# N18 AU Instagram, 14yo friends: creepy DM -> block, report, tell mum
conv(0, "en-AU", "Instagram", "2026-02-11T20:55:00", [], [
    ("a", "ok so weird thing. some guy keeps dming me asking how old i am and saying im mature"),
    ("b", "ew. how old is he"),
    ("a", "his pfp looks like 30. he wants me to add him on snap"),
    ("b", "DONT. thats literally what they told us about at school"),
    ("a", "ya i know its sus. he said not to tell anyone lol"),
    ("b", "biggest red flag ever. screenshot it, block and report. and tell ur mum"),
    ("a", "she's gonna freak"),
    ("b", "better than the alternative. want me to come over after school and we tell her together?"),
    ("a", "yes pls 😭 ur the best"),
])

# N19 Nigerian English Messenger, NGO volunteer <-> teacher
conv(0, "en-NG", "Facebook Messenger", "2025-05-06T12:30:00", [], [
    ("a", "Good afternoon Mrs Okafor. I'm Ifeoma from the Safe Passage Initiative. Thank you for agreeing to host our session"),
    ("b", "Good afternoon. The pleasure is ours. When will you come?"),
    ("a", "Next Tuesday by 11am for the SS2 and SS3 students. Topic is trafficking recruitment: fake jobs abroad, madams who sponsor travel, debts, oaths"),
    ("b", "Very important. Two of our old girls were nearly deceived with an Italy hair salon offer last year"),
    ("a", "Sadly very common. We will also cover online dangers, people asking for pictures and threatening to post them"),
    ("b", "Please bring the flyers with the hotline. Parents should see them too"),
    ("a", "We will bring 300 copies. Thank you ma"),
    ("b", "God bless your work"),
])

# N20 AU Snapchat, 20yo friends, festival bar job
conv(0, "en-AU", "Snapchat", "2025-12-15T11:18:00", [], [
    ("a", "oi u keen for some shifts at the festival on the goldie next month?"),
    ("b", "whats the go"),
    ("a", "my mate runs the bar company, they need staff. $38 an hour, 4 days, accom in a shared house w the crew"),
    ("b", "legit? i need the cash lol"),
    ("a", "yeah legit, contract, super, the lot. u just need ur RSA and to be 18+"),
    ("b", "im 20 so sweet. do i have to pay for anything"),
    ("a", "nah they cover travel. just dont expect to sleep much haha"),
    ("b", "send me the link"),
    ("a", "jobs.example.org/festival-crew put my name as referral"),
    ("b", "legend"),
])

# N21 Indian English game chat, two 15yo classmates
conv(0, "en-IN", "game chat", "2026-01-18T21:40:00", [], [
    ("a", "gg bro your revives carried me"),
    ("b", "you're welcome 😌"),
    ("a", "so umm. you're coming for the annual day function na?"),
    ("b", "maybe. why"),
    ("a", "wanna sit together? like. as a date types"),
    ("b", "omg. ok yes. but don't tell the squad yet they'll troll us full"),
    ("a", "lol deal. my mom is dropping me anyway, she can drop you also, she already said ok"),
    ("b", "ok but no aunty photos in the parking"),
    ("a", "no promises, she's literally a photographer"),
    ("b", "😭😭 see you in class tomorrow, 10th B people are going to notice"),
])

# N22 UK Instagram, photographer books adult model (22)
conv(0, "en-GB", "Instagram", "2025-08-12T10:05:00", [], [
    ("a", "Hi Leah, I'm Marcus, portrait photographer in Manchester. Loved your portfolio! Would you be up for a paid shoot for a knitwear brand?"),
    ("b", "Hiya, thanks! What's the rate?", "4h"),
    ("a", "£250 for a half day, plus 12 months usage. Studio in Ancoats, fully clothed obviously, it's jumpers 😂"),
    ("b", "haha ok. can I bring someone?"),
    ("a", "Absolutely, bring a friend or your agent. Stylist and MUA will be there too"),
    ("b", "Lovely. Send over the contract?"),
    ("a", "Will do, by email. Model release included, read it properly and ask anything"),
    ("b", "Perfect thanks Marcus"),
])

# N23 Indian English Messenger, grandmother -> 14yo grandson
conv(0, "en-IN", "Facebook Messenger", "2025-06-30T08:02:00", [], [
    ("a", "Happy birthday my dear Ishaan! 14 years already. Dadi is sending blessings"),
    ("b", "Thank you Dadi!! ❤️", "2h"),
    ("a", "I have sent 2000 rupees to your mummy's GPay for you. And 500 extra, don't tell your sister, she got extra on her birthday also"),
    ("b", "hahaha ok Dadi our secret"),
    ("a", "Buy something nice. Not only games!"),
    ("b", "ok ok maybe one book also 😄"),
    ("a", "Send me photo of your cake"),
    ("b", "[photo] mummy made chocolate"),
    ("a", "Very nice beta. Come to Lucknow in summer holidays, Dadu is missing you"),
])

# ---- non-English negatives ----

# es-neg Spain Messenger, mother & 18yo daughter, legit summer job
conv(0, "es", "Facebook Messenger", "2025-05-20T19:30:00", [], [
    ("a", "mamá, me han cogido para el trabajo de verano en el hotel de Palma!!"),
    ("b", "en serio?? qué bien cariño. con 18 añitos y ya trabajando fuera. es la cadena que vimos en la web?"),
    ("a", "sí, el contrato ya me lo han mandado por email, de recepcionista, 1.300 al mes con alojamiento de personal"),
    ("b", "te han pedido dinero para algo? que hay mucho timo"),
    ("a", "nada, ni un euro. el vuelo lo pago yo y me lo devuelven con la primera nómina"),
    ("b", "vale. mándame la dirección del alojamiento y el nombre de tu encargada"),
    ("a", "ya te lo paso. se llama Marisa, te puedo dar el teléfono del hotel"),
    ("b", "perfecto. estoy muy orgullosa de ti ❤️"),
    ("a", "y yo de ti jajaja. te llamo esta noche"),
])

# pt-neg1 Brazil Instagram, legit agency <-> mother of 13yo
conv(0, "pt", "Instagram", "2025-10-06T14:45:00", [], [
    ("a", "Olá, Fernanda! Aqui é a Carol da agência Estrela Models. Vimos as fotos da Júlia que você postou 😊"),
    ("b", "Oi Carol! Nossa, que surpresa"),
    ("a", "A Júlia tem 13, certo? Com menores, tudo é feito com a mãe ou o pai presentes, inclusive as fotos"),
    ("b", "Sim, 13. Precisa pagar alguma coisa? Já ouvi falar de golpe"),
    ("a", "Nenhuma taxa. Se alguém pedir dinheiro pra book, desconfie. Vocês podem vir na agência sábado, você junto"),
    ("b", "Ótimo. Qual o endereço?"),
    ("a", "Rua das Acácias, 200, sala 5. Fixo 555-0133 pra confirmar"),
    ("b", "Combinado, obrigada!"),
])

# pt-neg2 Portugal Messenger, aunt & niece, surprise anniversary
conv(0, "pt", "Facebook Messenger", "2026-03-14T10:10:00", [], [
    ("a", "Olá Mariana, é a tia Rosa! Preciso da tua ajuda para uma surpresa 🤫"),
    ("b", "olá tia!! diz"),
    ("a", "Os 40 anos de casados dos avós. Não lhes digas nada, está bem?"),
    ("b", "prometo!! o que faço"),
    ("a", "Levas o avô a passear no sábado de manhã, eu vou buscar-te às 10h"),
    ("b", "ok. posso fazer um bolo?"),
    ("a", "Claro, querida. E manda-me fotos antigas deles se encontrares no álbum"),
    ("b", "vou procurar hoje. não digo nada a ninguém 🤐"),
    ("a", "És a maior 💕"),
])

# fr-neg France Snapchat, adult couple anniversary weekend
conv(0, "fr", "Snapchat", "2025-12-04T18:50:00", [], [
    ("a", "coucou mon cœur, t'es rentrée ?"),
    ("b", "oui enfin, journée de fou au bureau"),
    ("a", "j'ai une surprise pour ce week-end. je t'emmène à Lyon, hôtel réservé 😘"),
    ("b", "quoi ?? c'est pour notre anniv ?"),
    ("a", "3 ans déjà. dis rien à ta sœur, elle va tout gâcher en faisant une story"),
    ("b", "promis 😂 je pose mon vendredi ?"),
    ("a", "oui, train à 9h. prends ta robe verte"),
    ("b", "t'es le meilleur"),
    ("b", "envoie-moi une photo de l'hôtel !!"),
    ("a", "nan c'est une surprise 😏"),
])

# de-neg1 German Messenger, coach <-> parent, U14 tournament
conv(0, "de", "Facebook Messenger", "2026-02-02T19:15:00", [], [
    ("a", "Hallo Frau Becker, hier ist Jonas, Trainer der U14. Lena ist für das Turnier in Hamburg nominiert 🎉"),
    ("b", "Oh wie schön! Was müssen wir wissen?"),
    ("a", "Abfahrt Samstag 7 Uhr am Vereinsheim mit dem Bus. Übernachtung in der Jugendherberge, Mädchen und Trainer getrennt, zwei Elternbegleiter"),
    ("b", "Kostet das etwas?"),
    ("a", "25 € Eigenanteil, den Rest zahlt der Verein. Einverständniserklärung bitte bis Mittwoch unterschreiben"),
    ("b", "Mache ich. Kann ich als Begleitung mitfahren?"),
    ("a", "Gerne! Dann ist die Elternbegleitung komplett. Danke!"),
    ("b", "Lena freut sich riesig"),
])

# de-neg2 German game chat, two young teens
conv(0, "de", "game chat", "2025-11-07T16:30:00", [], [
    ("a", "gg digga du hast voll gecarried"),
    ("b", "haha danke"),
    ("a", "wie alt bist du eigentlich? klingst jung"),
    ("b", "13 und du"),
    ("a", "14, 8. Klasse. spielst du morgen wieder?"),
    ("b", "ja aber erst nach Hausaufgaben sonst nimmt meine Mutter die Konsole weg 😂"),
    ("a", "same bei mir lol. so 17 uhr?"),
    ("b", "ok und bring deinen cousin mit der war krass"),
])

# nl-neg Dutch Instagram, teen friends, real summer job
conv(0, "nl", "Instagram", "2026-04-08T15:25:00", [], [
    ("a", "hé, wist je dat Sanne zoveel verdient bij die strandtent? kom je ook werken deze zomer?"),
    ("b", "hoeveel dan"),
    ("a", "€11 per uur plus fooi, en de baas is echt chill. je moet wel 16 zijn"),
    ("b", "ik word 16 in mei dus net"),
    ("a", "perfect. je moet een sollicitatie sturen en je ouders moeten tekenen omdat je minderjarig bent"),
    ("b", "ok mijn moeder vindt het vast goed. welke dagen?"),
    ("a", "weekenden en de vakantie. kunnen we samen fietsen 🚲"),
    ("b", "leuk!! stuur je de link?"),
    ("a", "strandpaviljoen.example.org/vacatures"),
])


# =============================== BUILD ===============================

def parse_gap(g):
    n, unit = int(g[:-1]), g[-1]
    return timedelta(seconds=n * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}[unit])


def main():
    rng = random.Random(4040)
    order = list(range(len(CONVS)))
    rng.shuffle(order)
    out = []
    for k, idx in enumerate(order, start=1):
        c = CONVS[idx]
        cid = "p%s-x%d" % (NN, k)
        assert set(c["codes"]) <= ALLOWED, c["codes"]
        assert (c["label"] == 1) == bool(c["codes"])
        assert 6 <= len(c["msgs"]) <= 30, (cid, len(c["msgs"]))
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%S")
        msgs = []
        for i, m in enumerate(c["msgs"]):
            who, text = m[0], m[1]
            if i > 0:
                if len(m) > 2:
                    t += parse_gap(m[2]) + timedelta(seconds=rng.randint(0, 300))
                else:
                    prev = c["msgs"][i - 1][0]
                    base = rng.choice([8, 15, 25, 40, 60, 90, 150, 240, 420]) if who != prev else rng.choice([3, 6, 10, 20])
                    t += timedelta(seconds=base + rng.randint(0, 20))
            other = "b" if who == "a" else "a"
            msgs.append({"sender": "%s-%s" % (cid, who), "recipient": "%s-%s" % (cid, other),
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        out.append({"id": cid, "label": c["label"], "codes": c["codes"], "messages": msgs,
                    "_lang": c["lang"], "_platform": c["platform"]})

    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            rec = {k: v for k, v in o.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    lab = Counter(o["label"] for o in out)
    lang = Counter((o["_lang"].split("-")[0], o["label"]) for o in out)
    dialect = Counter(o["_lang"] for o in out if o["_lang"].startswith("en"))
    plat = Counter(o["_platform"] for o in out)
    lens = [len(o["messages"]) for o in out]
    print("wrote", OUT)
    print("total", len(out), "| positive", lab[1], "| negative", lab[0])
    for lg in sorted({l for l, _ in lang}):
        print("  %s: pos %d, neg %d" % (lg, lang[(lg, 1)], lang[(lg, 0)]))
    print("  English varieties:", dict(sorted(dialect.items())))
    print("  platforms:", dict(plat))
    print("  messages per conversation: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))


if __name__ == "__main__":
    main()
