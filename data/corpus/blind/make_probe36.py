#!/usr/bin/env python3
"""Blind probe set v36 for lurewatch: 60 conversations (30 positive, 30 negative).

Written without reference to the detector, its lexicon or its corpus. All content is
fictional and non-explicit; names are invented, numbers are 555-01xx, e-mails
@example.com. Sexual content is never written out: where a chat would turn sexual it
stays at the level of a request or an innuendo.

Languages: 30 en, 6 each es / pt / fr / de / nl (half positive, half negative in each).
Settings: game voice-chat text channels, Instagram DMs, a dating app, Discord DMs, a
job board, classifieds replies, TikTok comments moving to DMs, SMS / WhatsApp, group
chats. The setting of each conversation is in the comment above it and in README.md.

Run:  python3 make_probe36.py      (writes probe36.jsonl beside this file and checks it)
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe36.jsonl")
ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
           "photo_request", "sexual_talk", "meeting"}
# stock lines the writer was asked to avoid (checked below, case-insensitive)
STOCK = ["our little secret", "add me on snap", "where are you", "easy money", "you owe me",
         "u owe me", "age is just a number"]

CONVS = []
META = {}


def conv(cid, label, codes, lang, setting, start, msgs):
    CONVS.append(dict(cid=cid, label=label, codes=codes, lang=lang, start=start, msgs=msgs))
    META[cid] = setting


A, B, C, D, E = "a", "b", "c", "d", "e"
# A day break inside a conversation: a message tuple with a third element (hours to wait).

# ======================================================================= POSITIVES, en
# p1 game voice-chat text channel (tactical shooter), adult 23 and a 12-year-old girl; slow, gift of skin credits, who sees the tablet, a picture, an arcade on a Saturday
conv("p36-p1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "exclusivity",
                   "risk_assessment", "photo_request", "meeting"], "en",
     "game voice-chat text channel", "2026-04-11T16:20:00", [
    (A, "nice clutch on B, who taught u to hold that angle"),
    (B, "nobody lol i just watch my cousin play"),
    (A, "ur cousin taught u well then. u were on mic earlier right? u sound young, not in a bad way"),
    (B, "im 12 😭 everyone says that"),
    (A, "12 and already reading rotations better than half my clan. im 23 so dont expect me to know any of ur songs"),
    (B, "lmao ok grandpa"),
    (A, "rude 😂 u on tomorrow after school?"),
    (B, "ya after 4", ),
    (A, "saved u a spot in the lobby. also had leftover credits so i grabbed u that pink knife wrap u kept staring at in the shop", 22),
    (B, "WAIT what. thats like 1200 credits"),
    (A, "eh my job pays fine, i like seeing u have fun. dont go bragging in lobby tho, ppl get salty and start begging me"),
    (B, "ok i wont"),
    (A, "ur honestly easier to talk to than ppl my age. all they do is complain about rent"),
    (B, "haha what do u even do"),
    (A, "warehouse nights. boring. u make it less boring tbh"),
    (B, "aw"),
    (A, "is that tablet urs or does the whole fam share it", 26),
    (B, "its mine but my mom has the passcode"),
    (A, "does she actually scroll thru ur chats or just the screen time stuff"),
    (B, "just screen time mostly. sometimes she asks who im playing with"),
    (A, "what do u tell her"),
    (B, "just friends from the game"),
    (A, "perfect honestly. if u said some 23 yr old shed freak and take the tablet and then no more duo. she wouldnt get how we are"),
    (B, "yeah probably"),
    (A, "i dont even know what u look like btw, ur pfp is a cat lol"),
    (B, "lol thats my cat biscuit"),
    (A, "cute but i meant u. snap one real quick? ill send one back so its fair"),
    (B, "idk im in my pjs"),
    (A, "pjs are fine lol. ill look and then its gone, i dont keep stuff"),
    (B, "ok wait"),
    (A, "see u look way older than 12. like actually"),
    (B, "haha thx"),
    (A, "theres an arcade at eastgate with the vr rigs. ever been? i could cover the tokens some saturday"),
    (B, "my mom works saturdays"),
    (A, "even better, wed have the whole afternoon. just say ur at maddies or whoever"),
    (B, "maybe"),
])

# p2 Instagram DM, 'photographer' and a 14-year-old dancer; reference shots in a leotard, closed set without the mother, car sent to school, delete the pictures
conv("p36-p2", 1, ["job_offer", "age_probe", "compliments_trust", "risk_assessment", "secrecy",
                   "photo_request", "meeting", "travel_meet", "money_gifts_debt"], "en",
     "Instagram DM", "2026-02-03T20:05:00", [
    (A, "Hey! Your solo from the regional showcase came up on my feed. The leap at 0:42, wow. I shoot for a couple of dancewear labels, mind if I ask you a few things?"),
    (B, "omg thank you!! sure"),
    (A, "How long have you been dancing? And you're in what, high school?"),
    (B, "since i was 5! im in 9th grade"),
    (A, "Ninth, ok. Honestly you move with more control than the 18-year-olds I book. There's a calm about you, you don't come across like a freshman at all"),
    (B, "that means so much 🥺"),
    (A, "Does a parent run this account or is it yours?"),
    (B, "its mine, my mom follows it tho"),
    (A, "Got it. Let's keep the shop talk in here then, moms hear the word photographer and panic before they hear any details lol. I'll bring her in once there's a contract to show"),
    (B, "ok that makes sense"),
    (A, "For the label I'd need a few reference shots. Just the leotard, front, side and back against a plain wall. Phone is fine"),
    (B, "like now?"),
    (A, "Whenever you've got the room to yourself for a few minutes. The less posed the better, they want to see your lines"),
    (B, "ok i can do it after practice"),
    (A, "Perfect. If they like them I have the studio downtown on the 14th. Closed set, just me and a stylist. Parents usually wait outside or skip it, dancers go stiff when mom is watching"),
    (B, "im not sure shed let me go by myself"),
    (A, "We'll work it out. I can have a car pick you up from school. A half day like that pays 400, which is a lot at your age 😉"),
    (B, "thats so much"),
    (A, "Send the refs when you can, and clear them off your camera roll afterwards. The label is fussy about images floating around before a campaign"),
    (B, "ok 👍"),
])

# p3 Discord DM, server 'admin' 27 and a 13-year-old boy; Nitro and a helper role, camera 'check-in', does the door lock, when do parents sleep
conv("p36-p3", 1, ["age_probe", "money_gifts_debt", "compliments_trust", "photo_request",
                   "risk_assessment", "secrecy", "exclusivity"], "en",
     "Discord server DM", "2026-05-19T17:40:00", [
    (A, "yo saw ur clip in #highlights, that 1v3 was filthy"),
    (B, "ty 🙏"),
    (A, "im one of the admins. we're picking a couple new helpers for the server, u interested?"),
    (B, "fr? yes"),
    (A, "bet. helpers get nitro on me plus the purple role. how old r u btw, gotta check for the role"),
    (B, "13, just turned"),
    (A, "made the cut by a month 😂 im 27, half the staff is way older than u, nobody cares as long as ur not annoying. and ur not"),
    (B, "lol ok"),
    (A, "sent the nitro, check ur gifts"),
    (B, "YOOO thank u"),
    (A, "np. helpers do a quick cam check-in so i know ur not an alt. u got a cam on ur pc?"),
    (B, "ya its built in"),
    (A, "sick. does ur room door lock? the check in is kinda goofy and i dont want ur parents walking in and thinking its weird"),
    (B, "it doesnt lock but they never come in"),
    (A, "cool. what time do they usually crash"),
    (B, "like 10:30"),
    (A, "11 then. private vc, just u and me, ill send the link. and dont post about the helper thing yet, the other kids who applied will be salty they got passed over"),
    (B, "ok"),
])

# p4 TikTok comments moving to DMs, man 31 and a 15-year-old girl; paid 'editing', gift card, another app hidden in a folder, an unfiltered selfie 'whatever you're wearing'
conv("p36-p4", 1, ["compliments_trust", "age_probe", "risk_assessment", "money_gifts_debt",
                   "off_platform", "secrecy", "photo_request"], "en",
     "TikTok comments then DMs", "2026-03-22T21:10:00", [
    (A, "the way u edited this transition >>> u should be charging for tutorials"),
    (B, "lol ty i just use capcut"),
    (A, "check ur dms, got a question about the template"),
    (B, "hi! which template"),
    (A, "the one with the flash cut. my niece is obsessed with ur page btw"),
    (B, "aw tell her hi"),
    (A, "will do. how old r u if u dont mind me asking, ur editing is pro level"),
    (B, "15"),
    (A, "15 is wild. im 31 and can barely crop a video 😂 u sound way more put together than 15 tho"),
    (B, "lol my mom says that too"),
    (A, "does she check ur tiktok much"),
    (B, "she doesnt even have one"),
    (A, "lucky. mine read everything when i was ur age. anyway id actually pay u to edit a couple clips for my page. like 50 a video?"),
    (B, "omg wait really"),
    (A, "for real. i can do it as a gift card so u dont need a bank account. amazon or sephora"),
    (B, "sephora 😭"),
    (A, "knew it. this app eats files tho, u have telegram? way easier for sending clips"),
    (B, "no but i can download it"),
    (A, "do that. stick it in a folder on like ur second screen so ur home screen doesnt look cluttered lol"),
    (B, "haha ok"),
    (A, "first card comes tonight. send me a selfie when u get a sec, just so i know im not paying some 40 yr old catfish lmao"),
    (B, "lol fair"),
    (A, "not a filtered one. just u, right now, whatever ur wearing"),
    (B, "ok one sec"),
])

# p5 SMS, assistant coach and a 12-year-old player; cleats from a 'sponsor', mother's work hours, one-on-one at his house, delete the texts
conv("p36-p5", 1, ["compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment",
                   "meeting", "travel_meet", "exclusivity"], "en",
     "SMS", "2026-09-08T19:02:00", [
    (A, "Hey Ava, it's Coach Brandon. Got your number off the team sheet. Great hustle at practice today"),
    (B, "thanks coach!"),
    (A, "Your first touch is the best on the team honestly. I've coached high schoolers who don't have it"),
    (B, "😊"),
    (A, "Noticed your cleats are coming apart at the toe. A sponsor sent me a pair of the new Phantoms in your size, no charge"),
    (B, "really?? my mom said no new ones till christmas"),
    (A, "Don't worry about it. Just don't mention them at practice, I can't do it for all sixteen girls and it'd cause drama"),
    (B, "ok i wont"),
    (A, "Does your mom still get you after practice or is she working late Thursdays?"),
    (B, "she works til 7 on thursdays, i walk to my grandmas"),
    (A, "I could give you one on one time Thursdays, work on that left foot. My place has a yard with a goal, 10 min from the field"),
    (B, "would i need to ask my mom"),
    (A, "Up to you. Parents don't need a report on every drill lol. Your grandma's fine as long as you're back by 6:30, right?"),
    (B, "i guess"),
    (A, "Keep this between you and me ok? The head coach gets territorial about extra sessions"),
    (B, "ok"),
    (A, "Thursday then. I'll text when I'm out front. Clear these off your phone after, no need for anyone to go asking about the cleats"),
    (B, "ok see u thursday"),
])

# p6 dating app, man 26 and a woman 19 at home with a hostile stepfather; spare room, then a 'debt' to club people, her company for his creditor's guests, holding phone and ID, more weekends
conv("p36-p6", 1, ["romance", "vulnerability", "isolation", "travel_meet", "money_gifts_debt",
                   "commercial_sex", "control"], "en",
     "dating app, later in-app chat", "2026-01-09T22:15:00", [
    (A, "ok your third pic with the sunflowers?? where was that"),
    (B, "haha my aunts farm outside town"),
    (A, "its giving main character. im Marcus btw, 26, i do promo for a couple clubs downtown"),
    (B, "Kayla, 19. i work at the pet store on Ridge"),
    (A, "so youre the reason i keep wanting a dog"),
    (B, "lol smooth"),
    (A, "real question, you live on your own or with family"),
    (B, "with my mom and her boyfriend. its not great tbh"),
    (A, "not great how"),
    (B, "hes always on me about rent and she takes his side every time"),
    (A, "thats messed up. you shouldnt have to pay to get treated like that in your own house"),
    (B, "yeah"),
    (A, "three weeks of talking every day and i still get nervous before i text you lol", 400),
    (B, "stoppp 🙈"),
    (A, "i mean it. been thinking, my place has a spare room. no pressure, but you'd never have to deal with that guy again"),
    (B, "thats a lot marcus"),
    (A, "i know. im just not gonna watch you sleep somewhere youre not wanted"),
    (B, "ok ill think about it"),
    (B, "unpacked everything!! it feels so good here", 120),
    (A, "welcome home baby ❤️ that house is behind you now, you dont have to answer to them"),
    (A, "hey i gotta be straight with you about something", 200),
    (B, "whats wrong"),
    (A, "im behind with some people from the club. like 4k behind. theyre not the type you stall"),
    (B, "oh my god are you ok?"),
    (A, "i will be. Tone said hed wipe half if you came out with us friday and kept a couple of his guests company. drinks, conversation, they just like a pretty face around"),
    (B, "company how"),
    (A, "whatever youre comfortable with. they tip big. its one night, for us"),
    (B, "i dont know marcus"),
    (A, "i took you in when nobody else would. im asking for one friday"),
    (B, "ok. just this once"),
    (A, "you did good. Tone wants you saturday too, same setup. ill hold your phone and ID while youre in there so nothing walks off", 30),
    (B, "you said one night"),
    (A, "and were 2k closer. were a team right? three more weekends and were clear"),
])

# p7 job board, 'event hostess travel team', 18-year-old; unnamed clients, contract on arrival, bus and apartment deducted, full-length photos and licence, work phone, don't post
conv("p36-p7", 1, ["job_offer", "age_probe", "travel_meet", "money_gifts_debt", "photo_request",
                   "control", "secrecy"], "en",
     "job board messages", "2026-06-02T10:30:00", [
    (A, "Hi Brianna, thanks for applying to Event Hostess – Travel Team. Your profile looks great. Could you relocate for three months?"),
    (B, "Hi! Yes I'm flexible, I just graduated"),
    (A, "Congrats! Quick check that you're 18+. The venues are 21+ but hostesses can be 18"),
    (B, "I'm 18, I turned 18 in March"),
    (A, "Perfect. The role is greeting VIP guests at private events in Atlanta. $2,500 a week plus tips. Training happens on the job"),
    (B, "Wow that's a lot. Which company is it for?"),
    (A, "The events are for a few high-profile households. Their names come in the onboarding packet"),
    (B, "ok. Is there a contract?"),
    (A, "You sign when you arrive, the house manager handles that in person. We front your bus ticket and a shared apartment with the other girls"),
    (B, "That's really nice of you"),
    (A, "Travel and housing come out of your first checks, that's standard. Can you send a full-length photo and a close-up? Clients choose hostesses from the lineup"),
    (B, "what should I wear for it?"),
    (A, "Something fitted, like you'd wear to a nice club. And your driver's license front and back for the background check"),
    (B, "ok I'll send them tonight"),
    (A, "Great. You can cancel your phone plan before you come, the team lead hands out work phones and keeps everyone's schedule on them"),
    (B, "oh ok"),
    (A, "Last thing, hold off on posting about it until you start. The clients are very private people"),
    (B, "understood!"),
])

# p8 classifieds reply to a 'room wanted' post, woman 20 who lost her job; $150 room for 'helping at the owner's get-togethers', three other girls, no visitors, original ID as deposit
conv("p36-p8", 1, ["vulnerability", "job_offer", "commercial_sex", "isolation", "travel_meet",
                   "control", "money_gifts_debt", "age_probe"], "en",
     "classifieds reply (room wanted)", "2026-07-14T13:12:00", [
    (A, "Saw your ad for a room under $500. I've got one in a house on the east side, $150 a month"),
    (B, "150?? is that a typo"),
    (A, "Nope. The owner keeps it cheap for girls getting on their feet. You'd help at his get-togethers a couple nights a week instead of the rest of the rent"),
    (B, "help how, like cleaning?"),
    (A, "Setting up, pouring drinks, being sweet to his guests. Three other girls live there, they'll show you how it goes"),
    (B, "how old are they"),
    (A, "19, 20, 22. You'd fit right in. How old are you, and are you working right now?"),
    (B, "20. I lost my job at the diner last month, I'm kind of desperate honestly"),
    (A, "Then this is good timing. Got family close by who'd be dropping in?"),
    (B, "not really, my dad's in Ohio"),
    (A, "Good, the owner isn't big on visitors anyway. Can you move in this weekend? I'll come get you and your stuff"),
    (B, "do I sign anything"),
    (A, "Just bring your ID. He copies everyone's and holds the original as a deposit until you've been there a month"),
    (B, "he keeps the original?"),
    (A, "Lots of landlords do. Saturday at 2?"),
    (B, "ok I guess. Saturday"),
])

# p9 Instagram DM, boyfriend 21 and a 17-year-old; his 'cousin' debt, his friends pay to 'hang' for an hour, then more men, cover story for her mother
conv("p36-p9", 1, ["romance", "exclusivity", "age_probe", "money_gifts_debt", "commercial_sex",
                   "secrecy", "control"], "en",
     "Instagram DM", "2026-08-27T00:41:00", [
    (A, "u up?"),
    (B, "ya cant sleep"),
    (A, "me neither. thinking bout how u looked at me at the lake. nobody ever looked at me like that"),
    (B, "🥺 ur so dramatic"),
    (A, "forreal. ur the only thing going right for me rn"),
    (B, "whats going on"),
    (A, "my cousin fronted me some stuff and its gone bad. im like 1800 short and hes not patient"),
    (B, "omg can u ask ur mom"),
    (A, "she cut me off. didnt wanna put this on u cuz ur 17 and shouldnt have to carry my mess"),
    (B, "i want to help tho"),
    (A, "theres one way but i feel bad even saying it"),
    (B, "just say it"),
    (A, "he has friends who pay just to hang with a girl for an hour. thats it. buy u food, talk. one of them saw ur pic on my phone and asked about u"),
    (B, "wait u showed him my pic??"),
    (A, "he saw it over my shoulder babe. one guy, one hour, and 300 goes straight to my cousin"),
    (B, "i dont know if i can"),
    (A, "id be right outside the whole time. after this weekend we're done with him and its just us again"),
    (B, "ok"),
    (A, "u did so good. he wants u back thurs. and his friend wants a turn too. thats 600, we'd almost be there", 50),
    (B, "u said one"),
    (A, "i know what i said. dont make me feel like i cant count on u. tell ur mom ur at kianas again"),
    (B, "ok"),
])

# p10 Instagram DM, sextortion of a 15-year-old boy by a fake girl; followers listed, gift cards, deadline, partial payment buys time
conv("p36-p10", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"], "en",
     "Instagram DM", "2026-10-04T22:48:00", [
    (A, "ok so heres how this goes"),
    (A, "i screenshotted ur followers. ur mom, ur sister, the jv guys, that girl leah u always comment on"),
    (B, "what are you talking about"),
    (A, "the video u sent me. its saved in 3 places"),
    (B, "you said you were 16 and went to ridgeview"),
    (A, "lol. 400 in apple gift cards. u have till midnight"),
    (B, "im 15 i dont have 400 dollars please"),
    (A, "then figure it out. tell ur parents its for school stuff. scratch the back and send pics of the codes"),
    (B, "i can get maybe 100 from my savings"),
    (A, "100 now gets u till 6pm tomorrow. block me and leah sees it first"),
    (B, "please dont. im getting it"),
    (A, "11:40. tick tock"),
    (B, "i sent the 100"),
    (A, "good. 300 more tomorrow. and dont think about telling anyone, i can see who u talk to"),
])

# p11 Discord DM, sextortion of a 14-year-old girl for more pictures
conv("p36-p11", 1, ["sextortion", "photo_request", "control", "secrecy"], "en",
     "Discord DM", "2026-11-17T19:55:00", [
    (A, "remember the pic from tuesday?"),
    (B, "i deleted it and u said u did too"),
    (A, "i say a lot of things. i kept it. and the screenshot with ur school hoodie on the chair behind u"),
    (B, "what do u want"),
    (A, "two more. the kind i asked for before. by 9"),
    (B, "no. im 14 this isnt ok"),
    (A, "ur class server has 230 people in it and im one of them. want it in #general or are u gonna be smart"),
    (B, "please dont my parents will kill me"),
    (A, "then be smart. two more and i leave u alone. tell anyone and it goes everywhere that same minute"),
    (B, "how do i know ull stop"),
    (A, "u dont. 9pm."),
])

# p12 SMS, a 17-year-old recruiting her 17-year-old friend to 'parties' in a hotel suite run by an older man; tips, the other room, cover story, phones taken at the door, a picture to show him
conv("p36-p12", 1, ["money_gifts_debt", "commercial_sex", "age_probe", "secrecy", "travel_meet",
                   "control", "photo_request"], "en",
     "SMS", "2026-04-29T16:33:00", [
    (A, "girl u still tryna get that car by summer"),
    (B, "yes but at 11 an hour at target its never happening lol"),
    (A, "ok dont judge me but i made 600 saturday"),
    (B, "WHAT how"),
    (A, "Dre's friends throw these parties at a suite downtown. older guys, like 30s, they got money and theyre lonely lmao. u show up looking good and keep them happy"),
    (B, "keep them happy how"),
    (A, "talk, dance, sit with them, whatever u want honestly. they tip crazy. sometimes somebody wants to go in the other room but nobody makes u"),
    (B, "jaz im 17"),
    (A, "so am i!! half the girls are our age. dre says the guys like that actually"),
    (B, "idk that sounds sketchy"),
    (A, "its chill i swear. dre drives us there and back, he looks out for us"),
    (B, "what would i tell my mom"),
    (A, "ur sleeping at mine. my mom thinks im at work lol"),
    (B, "what do i even wear"),
    (A, "the black dress from homecoming. oh and dre takes everybodys phone at the door so nobody films, u get it back after"),
    (B, "ok thats kinda weird"),
    (A, "its for the guys privacy. its fine. he'll want a pic of u first to show them, send me one and ill pass it on"),
    (B, "like a normal pic?"),
    (A, "cute one. the dress if u can. trust me ull thank me when ur driving that car"),
])

# p13 SMS, 'manager' and a woman 20; nightly quota, debt for apartment and flights, her phone off, move to another city, ID kept
conv("p36-p13", 1, ["money_gifts_debt", "control", "commercial_sex", "travel_meet", "isolation"], "en",
     "SMS", "2026-03-03T02:04:00", [
    (A, "Its 2am and I see 3 on the sheet. We said 6"),
    (B, "it was dead tonight I swear, the rain"),
    (A, "Rain doesnt cover the apartment. Or the flights from Houston. You're still at 3100"),
    (B, "I paid 900 last week"),
    (A, "And you ate, you got your nails done, you had the car. It adds up. Tomorrow 7 minimum"),
    (B, "can I at least call my sister tomorrow"),
    (A, "Use my phone, on speaker. Yours stays off"),
    (B, "ok"),
    (A, "We're going to Dallas Tuesday. New ads go up Monday so I need 3 new pics tonight, hair down"),
    (B, "I thought we were staying here till it was paid off"),
    (A, "Plans change. Your ID stays with me till we're settled"),
    (B, "can I have it back for the trip at least"),
    (A, "I'm driving. You don't need it. Get some sleep, you look tired in the last ones"),
])

# p14 game chat (block-building game), 'college' player and an 11-year-old girl; Robux for a 'favour', who uses the iPad, a real picture, delete it, a park near the rec centre
conv("p36-p14", 1, ["age_probe", "money_gifts_debt", "risk_assessment", "photo_request", "secrecy",
                   "compliments_trust", "meeting"], "en",
     "game chat (in-game text channel)", "2026-02-21T15:05:00", [
    (A, "ur obby speedrun was so fast how"),
    (B, "i practice a lot lol"),
    (A, "ur so good!! what grade r u in"),
    (B, "6th"),
    (A, "6th and ur better than me and im in college lol"),
    (B, "lol ur just bad"),
    (A, "😭 ok true. want 800 robux for the new outfit? got extra from my birthday"),
    (B, "yes!!! wait really"),
    (A, "ya but then u do me a favor later ok"),
    (B, "what favor"),
    (A, "nothing bad just a thing. first tho, do ur parents watch u play"),
    (B, "my dad sometimes but hes at work rn"),
    (A, "ok cool. who else uses this ipad"),
    (B, "just me and my little brother"),
    (A, "ok the favor is u send me one pic of u, the real u not ur avatar. i sent robux so its fair"),
    (B, "how"),
    (A, "ill show u. and u can delete it after so ur dad doesnt ask about it"),
    (B, "ok"),
    (A, "ur actually really pretty for 6th grade. u look older"),
    (B, "lol thx"),
    (A, "theres a park by the rec center on linden right? im there a lot. we should meet up and play on ur phone there"),
    (B, "maybe on saturday"),
])

# p15 TikTok comments moving to DMs, swim 'scout' and a 16-year-old; teen line, flight and hotel, no parents on set, a cover story, sizing shots on WhatsApp, a comp-card fee by gift card
conv("p36-p15", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet", "secrecy",
                   "photo_request", "off_platform", "money_gifts_debt"], "en",
     "TikTok comments then DMs", "2026-05-06T18:50:00", [
    (A, "the lighting in this 😮‍💨 have u ever modeled?"),
    (B, "no 😭 lol"),
    (A, "sending u something, check ur requests"),
    (A, "Hi! I'm Renée, I scout for a swim and resort brand. We're casting new faces for a Miami campaign in July and you have exactly the look"),
    (B, "omg really? im only 16 tho"),
    (A, "That's actually perfect for the teen line. We'd fly you down, hotel covered, three days of shooting"),
    (B, "my parents would have to come right"),
    (A, "Not for the shoot itself, we have chaperones on set and parents tend to crowd the models. A lot of our girls tell their families it's a dance intensive until the contract is in hand, saves drama"),
    (B, "hmm"),
    (A, "First step is sizing shots. Swimsuit, straight on and side, no makeup. Send them to my WhatsApp, TikTok crushes the quality: +1 555-0147"),
    (B, "does it have to be a swimsuit? i have a bikini from vacation"),
    (A, "That works. Comp cards have to be printed before casting, $180, and it comes back to you with your first check. Cash App is easiest"),
    (B, "I don't have a bank account"),
    (A, "A gift card works too. Casting closes Friday so move fast 💕"),
])

# ======================================================================= POSITIVES, es
# p16 es-MX game chat (battle royale), man 25 and a 13-year-old girl; diamonds, does her mother check the phone, delete the chat, a photo 'just for me', an ice cream at the Sunday plaza
conv("p36-p16", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment",
                    "secrecy", "photo_request", "exclusivity", "meeting"], "es",
     "game chat (in-game text channel)", "2026-03-14T17:25:00", [
    (A, "oye qué jugadón en la última partida, te cargaste a todo el squad"),
    (B, "jaja gracias"),
    (A, "¿cuántos años tienes? juegas mejor que mis primos y ya van en la prepa"),
    (B, "13, voy en segundo de secu"),
    (A, "no manches, no lo pareces. platicas como alguien más grande. yo tengo 25 pero contigo ni se nota"),
    (B, "jajaja"),
    (A, "te mandé 520 diamantes para el pase élite. no es nada"),
    (B, "noo en serio?? gracias!!"),
    (A, "de nada princesa. oye, ¿tu mamá te revisa el cel?"),
    (B, "a veces en la noche"),
    (A, "mejor borra lo que platicamos antes de dormir, no vaya a pensar cosas raras. ella no entendería lo que tenemos tú y yo"),
    (B, "ok"),
    (A, "¿me mandas una foto tuya? siempre juegas con la skin y no sé ni cómo eres"),
    (B, "me da pena"),
    (A, "nomás para mí, nadie más la va a ver. si quieres te hago otra recarga"),
    (B, "bueno al rato"),
    (A, "¿vas a la plaza los domingos con tus amigas? a lo mejor coincidimos y te invito un helado"),
    (B, "a veces voy"),
])

# p17 es-ES job board, 'azafata de imagen' for the Ibiza season, woman 19; contract there, flight advanced and deducted, full-body photos and DNI on WhatsApp, the manager keeps the DNI
conv("p36-p17", 1, ["job_offer", "money_gifts_debt", "travel_meet", "photo_request", "off_platform",
                    "control", "secrecy"], "es",
     "job board messages", "2026-04-20T11:15:00", [
    (A, "Hola Lucía, hemos visto tu perfil en el portal. Buscamos azafatas de imagen para la temporada en Ibiza. 2.800 € al mes, alojamiento incluido"),
    (B, "¡Hola! Me interesa mucho. ¿Qué habría que hacer exactamente?"),
    (A, "Atender a clientes VIP en fiestas privadas y en barcos. Te enseñamos allí mismo, solo hace falta buena presencia y ser simpática"),
    (B, "¿Hay contrato?"),
    (A, "Se firma allí con el encargado. El billete de avión te lo adelantamos y se descuenta de las primeras nóminas"),
    (B, "Vale. ¿Cuánto sería?"),
    (A, "Entre billete, piso y gestión, unos 1.200 €. Se recupera enseguida con las propinas, las chicas sacan bastante por la noche"),
    (B, "¿Y qué necesitáis de mí?"),
    (A, "Dos fotos de cuerpo entero con un vestido ajustado y una del DNI por las dos caras. Mejor pásamelo por WhatsApp que por aquí: 555-0123"),
    (B, "¿Por qué no por el portal?"),
    (A, "El portal comprime las fotos y los clientes eligen por ellas. Cuando llegues, el encargado te guarda el DNI para el alta y el piso"),
    (B, "¿Y me lo devuelve?"),
    (A, "Claro, al acabar la temporada. Y no hace falta que lo cuentes mucho en casa, los padres oyen Ibiza y se agobian"),
    (B, "Vale, te escribo esta tarde"),
])

# p18 es-ES Instagram DM, sextortion of a 16-year-old boy
conv("p36-p18", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"], "es",
     "Instagram DM", "2026-09-12T21:37:00", [
    (A, "Mira lo que tengo guardado 👇 [captura]"),
    (B, "borra eso, me dijiste que lo habías borrado"),
    (A, "Tengo la lista de tus seguidores. Tu hermana, tu entrenador, el grupo de clase. 250 € en tarjetas de Google Play antes de las 10"),
    (B, "tengo 16 años, no tengo ese dinero"),
    (A, "Pues pídeselo a alguien. Si me bloqueas, lo reciben todos en el mismo minuto"),
    (B, "puedo conseguir 50"),
    (A, "50 ahora y te doy hasta mañana para el resto. Mándame foto del código rascado"),
    (B, "vale pero por favor no lo mandes"),
    (A, "Depende de ti. Y ni se te ocurra contárselo a nadie, veo quién entra en tu perfil"),
])

# ======================================================================= POSITIVES, pt
# p19 pt-BR Instagram DM, boyfriend and a woman 18 whose mother puts her down; moves her to Santos, his 'debt', her company at his creditor's dinners, he keeps her phone
conv("p36-p19", 1, ["romance", "vulnerability", "isolation", "travel_meet", "money_gifts_debt",
                    "commercial_sex", "control", "secrecy"], "pt",
     "Instagram DM", "2026-02-14T09:12:00", [
    (A, "bom dia minha linda, sonhei com você de novo"),
    (B, "para kkkk"),
    (A, "é sério. desde aquele dia na praia não penso em outra coisa"),
    (B, "você é muito exagerado"),
    (A, "sua mãe ainda tá pegando no teu pé?"),
    (B, "sempre. diz que eu não presto pra nada"),
    (A, "ela não te merece. vem morar comigo em Santos, aqui você vai ter paz. a passagem é por minha conta"),
    (B, "sério?"),
    (A, "amor, preciso conversar contigo. tô devendo uma grana pro Careca, coisa séria", 300),
    (B, "quanto?"),
    (A, "5 mil. ele falou que se você acompanhar uns amigos dele num jantar, ele esquece metade"),
    (B, "acompanhar como assim"),
    (A, "fazer companhia, conversar, ser simpática. eles pagam bem. eu fico com teu celular enquanto isso, pra ninguém te ligar e atrapalhar"),
    (B, "não sei, amor"),
    (A, "eu largaria tudo por você. só tô pedindo uma noite. e não comenta com ninguém, nem com tua prima"),
    (B, "tá bom"),
    (A, "amanhã tem mais dois. com isso a gente fica livre e começa nossa vida", 20),
])

# p20 pt-BR TikTok comments moving to DMs, man 28 and a 12-year-old; parents' access, a number saved under a girl's name, a picture in pyjamas, açaí and headphones at the mall
conv("p36-p20", 1, ["compliments_trust", "age_probe", "risk_assessment", "off_platform", "secrecy",
                    "photo_request", "meeting", "money_gifts_debt"], "pt",
     "TikTok comments then DMs", "2026-06-18T20:40:00", [
    (A, "que dancinha perfeita 😍 você dança muito"),
    (B, "obrigadaa"),
    (A, "oi! vim te dar parabéns direito. quantos anos você tem? parece bailarina profissional"),
    (B, "12, faço 13 em agosto"),
    (A, "nossa, muito madura pra 12. eu tenho 28 mas converso contigo como se fosse alguém da minha idade"),
    (B, "kkkk"),
    (A, "seus pais veem suas mensagens aqui?"),
    (B, "minha mãe às vezes"),
    (A, "tenho um número só pra amigos, te passo e a gente conversa por lá. aqui é cheio de gente chata"),
    (B, "ok"),
    (A, "salva como 'Duda escola' 😉 aí ninguém pergunta nada"),
    (B, "kkk ok"),
    (A, "me manda uma foto sua antes de dormir? só pra eu ver esse sorriso"),
    (B, "tô de pijama"),
    (A, "melhor ainda, fica mais natural. ninguém vai ver além de mim"),
    (B, "tá"),
    (A, "tem shopping perto da tua escola? sábado te levo pra tomar açaí e te dou aquele fone que você queria"),
])

# p21 pt-PT SMS, a 17-year-old recruiting a 16-year-old friend for 'parties' with older men from Lisbon; money, cover story, a picture so the organiser can choose
conv("p36-p21", 1, ["money_gifts_debt", "commercial_sex", "age_probe", "travel_meet", "secrecy",
                    "photo_request"], "pt",
     "SMS", "2026-05-28T18:20:00", [
    (A, "miúda, sabes aquela festa onde fui sábado?"),
    (B, "sim, a do amigo do teu primo?"),
    (A, "essa. saí de lá com 250 euros no bolso"),
    (B, "250?? a fazer o quê"),
    (A, "companhia. uns senhores com dinheiro, de Lisboa, gostam de ter miúdas giras à volta. bebes um copo e ris-te das piadas deles"),
    (B, "tenho 16, eles sabem?"),
    (A, "sabem e não se importam, até preferem. o Rui trata de tudo, vai buscar-nos e traz-nos"),
    (B, "e os meus pais?"),
    (A, "dizes que vais dormir a minha casa. eu digo o mesmo à minha mãe"),
    (B, "não sei, parece esquisito"),
    (A, "da primeira vez também achei. manda-me uma foto tua bem arranjada que eu mostro ao Rui, é ele que escolhe quem vai"),
    (B, "escolhe?"),
    (A, "sim, não vai qualquer uma. vais ver que é fixe. e não contes à Inês, ela fala demais"),
])

# ======================================================================= POSITIVES, fr
# p22 fr Discord DM, man 29 and a 14-year-old boy; Nitro, computer in the bedroom, late voice calls with the camera, delete the messages, 'my best duo'
conv("p36-p22", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment",
                    "photo_request", "secrecy", "exclusivity"], "fr",
     "Discord DM", "2026-01-25T18:10:00", [
    (A, "gg pour la ranked, t'as carry toute l'équipe"),
    (B, "merci mdr"),
    (A, "t'as quel âge ? t'as des réflexes de malade"),
    (B, "14"),
    (A, "sérieux ? t'es plus posé que les mecs de 20 ans du serveur. moi j'en ai 29 mais franchement on s'en fiche"),
    (B, "ouais"),
    (A, "je t'ai offert le Nitro pour ton anniv, en avance 🎁"),
    (B, "woaw merci !!"),
    (A, "tranquille. ton pc il est dans ta chambre ou dans le salon ?"),
    (B, "dans ma chambre"),
    (A, "tes parents passent souvent ?"),
    (B, "non ils se couchent tôt"),
    (A, "top, on pourra faire des vocs tard. allume ta cam la prochaine fois, c'est plus sympa que de parler à un avatar"),
    (B, "ok"),
    (A, "et efface nos messages de temps en temps, ta mère comprendrait pas qu'un vieux comme moi soit ton pote"),
    (B, "mdr ok"),
    (A, "t'es mon meilleur duo, les autres je les supporte à peine"),
])

# p23 fr job board, 'hôtesse' in a private lounge in Geneva, woman 20; contract on site, train and lodging advanced, passport photo and evening-dress photos on Telegram, passports in the safe
conv("p36-p23", 1, ["job_offer", "money_gifts_debt", "travel_meet", "photo_request", "off_platform",
                    "control", "secrecy", "isolation"], "fr",
     "job board messages", "2026-08-05T14:00:00", [
    (A, "Bonjour Camille, suite à votre candidature : nous recrutons des hôtesses pour un salon privé à Genève. 4 000 CHF par mois, logée"),
    (B, "Bonjour, merci ! C'est quel genre de salon ?"),
    (A, "Un lounge pour une clientèle d'affaires. Accueil, service, conversation. On vous forme sur place"),
    (B, "Il y a un contrat ?"),
    (A, "Il se signe sur place avec la gérante. Nous avançons le train et le logement, remboursés sur vos premiers mois"),
    (B, "Ça fait combien ?"),
    (A, "Environ 1 500 CHF. Avec les pourboires des clients, c'est vite remboursé"),
    (B, "D'accord. Vous avez besoin de quoi ?"),
    (A, "Une photo de votre passeport et trois photos : visage, en pied, en tenue de soirée. Envoyez-les sur Telegram, c'est plus simple : @geneve_lounge_rh"),
    (B, "Pourquoi pas par le site ?"),
    (A, "Le site limite la taille des fichiers. À l'arrivée, la gérante range les passeports au coffre, pour la sécurité de toutes"),
    (B, "Je peux venir avec une amie ?"),
    (A, "Malheureusement non, les places sont comptées. Et évitez d'en parler autour de vous tant que rien n'est signé, la clientèle tient à sa discrétion"),
    (B, "Entendu"),
])

# p24 fr SMS, ex demanding a new video from a 17-year-old under threat of the class group
conv("p36-p24", 1, ["sextortion", "photo_request", "control"], "fr",
     "SMS", "2026-10-22T22:05:00", [
    (A, "Tu te souviens de la vidéo de cet été ? Je l'ai toujours"),
    (B, "Tu m'avais juré que tu l'avais effacée"),
    (A, "J'ai changé d'avis. Soit tu m'en envoies une nouvelle ce soir, soit elle part dans le groupe de la promo"),
    (B, "J'ai 17 ans, tu te rends compte de ce que tu fais ?"),
    (A, "Justement. Ce soir avant minuit"),
    (B, "Je vais en parler à mes parents"),
    (A, "Vas-y, et le lendemain tout le lycée l'a. Ta mère aussi d'ailleurs, j'ai son numéro"),
    (B, "S'il te plaît arrête"),
    (A, "Minuit. Et après on verra pour la suite"),
])

# ======================================================================= POSITIVES, de
# p25 de Instagram DM, 'boyfriend' and a 17-year-old; parents who don't understand her, a necklace, his debt, be 'nice' to business partners, phone left with him, not a word to Mira
conv("p36-p25", 1, ["romance", "isolation", "exclusivity", "money_gifts_debt", "secrecy",
                    "commercial_sex", "control", "age_probe"], "de",
     "Instagram DM", "2026-03-02T16:45:00", [
    (A, "Na du Hübsche, wie war Schule?"),
    (B, "Anstrengend. Meine Eltern haben wieder wegen meiner Noten Stress gemacht"),
    (A, "Die verstehen dich einfach nicht. Bei mir musst du dich nie rechtfertigen"),
    (B, "Bei dir hab ich wenigstens meine Ruhe"),
    (A, "Weil wir zusammengehören. Hab dir die Kette bestellt, die du im Laden angeschaut hast"),
    (B, "Neeein, die war voll teuer"),
    (A, "Für dich ist nichts zu teuer. Sag zu Hause einfach, die ist von Lena"),
    (A, "Schatz, ich steck in der Klemme. Ich schulde einem Kollegen 3.000", 500),
    (B, "Oh nein, was passiert jetzt?"),
    (A, "Er meint, wenn du am Samstag mit zu ihm und seinen Geschäftspartnern kommst und nett bist, ist ein Teil erledigt"),
    (B, "Nett sein heißt was?"),
    (A, "Bisschen Gesellschaft leisten. Die zahlen gut dafür. Ich bin ja in der Nähe"),
    (B, "Ich bin 17, das fühlt sich falsch an"),
    (A, "Ich hab dir alles gegeben. Die Kette, meine Zeit. Jetzt brauch ich einmal dich"),
    (B, "Okay... nur einmal"),
    (A, "Danke Baby. Dein Handy bleibt bei mir, die mögen keine Handys am Tisch. Und kein Wort zu Mira, die redet zu viel"),
])

# p26 de job board, bar 'service' job in Hamburg with a flat above the bar, woman 19 from Wrocław; commission on guests' drinks, rent deducted, passport locked away, photos, little luggage
conv("p36-p26", 1, ["job_offer", "money_gifts_debt", "travel_meet", "control", "photo_request",
                    "commercial_sex"], "de",
     "job board messages", "2026-07-01T09:40:00", [
    (A, "Hallo Daria, du hast dich auf 'Servicekraft Bar, Unterkunft gestellt' beworben. Wann kannst du anfangen?"),
    (B, "Hallo! Nächste Woche ginge. Wie hoch ist der Stundenlohn?"),
    (A, "Kein Stundenlohn, du kriegst Provision auf die Getränke der Gäste. Gute Mädchen machen 3.000 im Monat"),
    (B, "Und die Unterkunft?"),
    (A, "Wohnung über der Bar, teilst du mit drei Kolleginnen. 900 im Monat, wird direkt verrechnet. Die Fahrt aus Breslau legen wir aus"),
    (B, "Gibt es einen Arbeitsvertrag?"),
    (A, "Machen wir vor Ort. Bring deinen Pass mit, den schließt der Chef für die Anmeldung ein"),
    (B, "Wie lange behält er ihn?"),
    (A, "Bis alles erledigt ist. Schick mir vorher noch zwei Fotos, eins ganz, eins vom Gesicht, der Chef will sehen, ob du zu den Gästen passt"),
    (B, "Okay. Brauche ich Deutschkenntnisse?"),
    (A, "Nein, die Gäste wollen nicht viel reden 😉 Nimm wenig Gepäck mit, wir holen dich am Busbahnhof ab"),
    (B, "Gut, ich schicke die Fotos heute Abend"),
])

# p27 de game chat (block-building server), man 26 and a 12-year-old; VIP rank, parents in the living room, private TeamSpeak, don't mention the rank, webcam tonight
conv("p36-p27", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment",
                    "off_platform", "secrecy", "photo_request"], "de",
     "game chat (server text channel)", "2026-11-07T17:15:00", [
    (A, "Dein Haus auf dem Server ist mega, hast du das alleine gebaut?"),
    (B, "ja hat 3 tage gedauert"),
    (A, "Respekt. Wie alt bist du eigentlich?"),
    (B, "12"),
    (A, "Krass, in deinem Alter hab ich nur Dreckhütten gebaut 😂 ich bin 26. Du bist echt schlauer als die meisten hier"),
    (B, "danke"),
    (A, "Hab dir einen Rang gekauft, VIP auf Lebenszeit"),
    (B, "was echt? danke!!!"),
    (A, "Gern. Gucken deine Eltern eigentlich zu, wenn du spielst?"),
    (B, "nein die sind im wohnzimmer"),
    (A, "Gut. Lass uns auf mein privates TeamSpeak wechseln, da sind wir ungestört. Hier lesen die Mods alles mit"),
    (B, "ok wie geht das"),
    (A, "Schick ich dir. Und sag deinen Eltern nix von dem Rang, sonst denken die, du hast was gekauft, und du kriegst Ärger"),
    (B, "ok"),
    (A, "Hast du ne Webcam? Will mal sehen, wer der geniale Baumeister ist"),
    (B, "ja am laptop"),
    (A, "Perfekt. Heute Abend, wenn alle schlafen"),
])

# ======================================================================= POSITIVES, nl
# p28 nl Instagram DM, loverboy and a 16-year-old; her friends run down, shopping, his debt, a hotel room with 'a friend of theirs', cover story, phone handed to him
conv("p36-p28", 1, ["romance", "isolation", "exclusivity", "money_gifts_debt", "commercial_sex",
                    "travel_meet", "secrecy", "control", "age_probe"], "nl",
     "Instagram DM", "2026-04-03T08:05:00", [
    (A, "Hey schoonheid, lekker geslapen?"),
    (B, "ja en jij?"),
    (A, "Nauwelijks, lag aan jou te denken"),
    (B, "haha doe normaal"),
    (A, "Serieus. Bij jou kan ik gewoon mezelf zijn. Die vriendinnen van je zien niet eens wat ze aan je hebben"),
    (B, "ze zijn soms wel stom ja"),
    (A, "Die meiden houden je alleen maar klein. Ik niet. Ik haal je vrijdag op na school, dan gaan we shoppen. Jij kiest, ik betaal"),
    (B, "echt?? 😍"),
    (A, "Schat ik moet je iets vertellen. Ik sta diep in het krijt bij een paar jongens. 4000", 250),
    (B, "wat moet je nu"),
    (A, "Er is een vriend van ze die graag tijd met je wil doorbrengen. Gewoon even gezellig op een hotelkamer. Dan is een flink deel weg"),
    (B, "ik ben 16 wat bedoel je met gezellig"),
    (A, "Je weet wat ik bedoel. Je zei dat je alles voor me over had. Nu heb ik je nodig"),
    (B, "ik weet het niet"),
    (A, "Ik breng je en ik wacht beneden. Je moeder denkt dat je bij Sanne slaapt, toch?"),
    (B, "ja"),
    (A, "En geef je telefoon maar aan mij, dan kan niemand je lastigvallen"),
])

# p29 nl SMS after a TikTok live, man 24 and a 13-year-old; parents' access, his number saved under a girl's hockey name, phone credit, a photo, a meeting at the station mall, 'say it's a friend'
conv("p36-p29", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy", "money_gifts_debt",
                    "photo_request", "meeting"], "nl",
     "SMS (after a TikTok live)", "2026-09-30T19:50:00", [
    (A, "Hee, je was echt grappig gisteren in de live"),
    (B, "hahah dankje"),
    (A, "Hoe oud ben je eigenlijk? Je praat als een volwassene"),
    (B, "13, bijna 14"),
    (A, "Echt? Ik schatte je 16. Ik ben 24, maar met jou praat het makkelijker dan met mensen van mijn leeftijd"),
    (B, "haha oke"),
    (A, "Kijken je ouders in je telefoon?"),
    (B, "mijn vader soms"),
    (A, "Zet mijn naam dan als 'Noor hockey' in je contacten. Scheelt gezeur"),
    (B, "oke haha"),
    (A, "Ik heb 25 euro beltegoed op je nummer gezet, dan zit je nooit zonder"),
    (B, "wat lief"),
    (A, "Stuur je een foto? Wil weten met wie ik praat"),
    (B, "eentje dan"),
    (A, "Wauw. Je ziet er echt ouder uit dan 13. Zaterdag ben ik in Utrecht, zullen we afspreken bij Hoog Catharijne? Ik trakteer"),
    (B, "misschien, mijn moeder moet het wel goedvinden"),
    (A, "Dat hoeft ze toch niet te weten? Zeg dat je met een vriendin gaat"),
])

# p30 nl classifieds reply (selling her phone because of rent arrears), woman 19; hostess work in an Antwerp club, 300 a night, room and transport 'settled later', ID and photos on Telegram
conv("p36-p30", 1, ["vulnerability", "job_offer", "age_probe", "travel_meet", "money_gifts_debt",
                    "commercial_sex", "photo_request", "off_platform", "secrecy"], "nl",
     "classifieds reply (phone for sale)", "2026-10-10T12:30:00", [
    (A, "Hoi, is de iPhone nog beschikbaar?"),
    (B, "Ja! 250 euro, ophalen in Arnhem"),
    (A, "Top. Mag ik vragen waarom je hem verkoopt? Zo'n goede telefoon"),
    (B, "Eerlijk gezegd heb ik geld nodig, ik sta achter met de huur"),
    (A, "Vervelend. Misschien kan ik helpen. Ik zoek meiden voor gastvrouwwerk in een club in Antwerpen. 300 per avond"),
    (B, "300 per avond? Wat moet ik dan doen"),
    (A, "Mannen ontvangen, drankjes, gezellig doen. Hoe oud ben je?"),
    (B, "19"),
    (A, "Perfect. Kamer is geregeld, vervoer ook, dat verreken je later"),
    (B, "Is het wel legaal?"),
    (A, "Alles netjes. Stuur me wel even een foto van je ID en een paar foto's van jezelf via Telegram. En vertel het niet aan iedereen, niet iedereen snapt dit werk"),
    (B, "Ik denk er even over na"),
])

# ======================================================================= NEGATIVES, en
# n1 dating app, two adults (31, 29); coffee banter, moving to text, a dog picture, a first date where she brings her own car, 'don't tell my sister'
conv("p36-n1", 0, [], "en", "dating app, then SMS", "2026-02-08T20:30:00", [
    (A, "ok your bio says 'will judge your coffee order'. go ahead"),
    (B, "haha bold. what is it"),
    (A, "oat flat white, extra hot"),
    (B, "pretentious but acceptable. I'm a plain drip person"),
    (A, "respect. I'm Theo, 31, I teach high school chem. you?"),
    (B, "Priya, 29, physical therapist. so you're the guy who sets things on fire for teenagers"),
    (A, "only small fires, the principal is watching lol"),
    (B, "what's the best question a kid has asked you"),
    (A, "'if i drink the periodic table do i get superpowers.' 10th grader. dead serious"),
    (B, "😂 and what did you say"),
    (A, "no, and also please don't drink anything in this room"),
    (B, "honestly solid advice for life"),
    (A, "what got you into PT?"),
    (B, "tore my ACL playing rugby in college, fell in love with my physio's job, not my physio"),
    (A, "important clarification"),
    (B, "this app logs me out constantly, want to just text? 555-0182"),
    (A, "saving it. fair warning, 60% of my texts are dog pictures", 2),
    (B, "send the dog. that's the real test"),
    (A, "[photo] this is Waffles, he's 7 and afraid of the vacuum"),
    (B, "ok Waffles is carrying your whole profile"),
    (A, "he knows. free thursday? there's a mezcal place on 5th that's quiet enough to talk"),
    (B, "thursday works. I'll meet you there at 7, I like having my own car on first dates"),
    (A, "totally get it. I'll grab a table by the window"),
    (B, "also don't tell my sister we matched if you ever meet her. she made my profile and she will be unbearable about it"),
    (A, "taking it to the grave 🤐"),
    (B, "good. see you thursday Theo"),
])

# n2 SMS, mother and her 14-year-old; ride to the library, who is going, a photo of a permission slip, lunch money, a surprise cake photo deleted from the family chat, phone in the kitchen
conv("p36-n2", 0, [], "en", "SMS", "2026-03-11T17:42:00", [
    (A, "Practice ended 20 min ago, you still at the field?"),
    (B, "ya waiting for mayas mom shes giving me a ride to the library"),
    (A, "Ok. Who else is going?"),
    (B, "maya and jordan and maybe eli"),
    (A, "Eli from science? ok. Send me a pic of the museum permission slip, I need to sign it tonight"),
    (B, "[photo]"),
    (A, "Got it. I put $15 on your lunch card and $10 on Venmo for snacks"),
    (B, "ty!!"),
    (A, "Home by 8. Dad's getting you at the library front entrance, not the side door"),
    (B, "ok. also can u delete the pic of the cake from the family chat?? grandma is in it and its supposed to be a surprise"),
    (A, "Oops. Deleted. Don't tell her I nearly ruined it 🙈"),
    (B, "lol ur secret is safe"),
    (A, "And your phone goes on the kitchen charger tonight, you were up till 1 yesterday"),
    (B, "ugh fine"),
    (A, "Love you. Text me when Maya's mom drops you off"),
    (B, "love u"),
])

# n3 SMS, volleyball coach and a parent; flight, passport, 15-year-old, rooms of four with chaperones, phones collected, team photos, pickup list
conv("p36-n3", 0, [], "en", "SMS", "2026-04-15T18:05:00", [
    (A, "Hi Mrs. Okafor, it's Coach Delgado. Quick logistics for the Louisville tournament"),
    (B, "Hi Coach! Go ahead"),
    (A, "Girls fly out Friday 6am with the team. Please make sure Zara has her school ID or passport, the airline wants it since she's 15"),
    (B, "Her passport is in my drawer, I'll pack it"),
    (A, "Hotel rooms are 4 girls each, chaperone rooms right next door. Zara is with Bella, Kenzie and Amara"),
    (B, "Perfect, she'll be thrilled"),
    (A, "Curfew is 10pm. Phones get collected at lights out and handed back at breakfast"),
    (B, "Good luck prying it out of her hand lol"),
    (A, "😂 we've done it before. I'll post a team photo in the parent group every evening"),
    (B, "Do I need to send money for meals?"),
    (A, "Meals are covered by the club fee. Maybe $30 for souvenirs if she wants"),
    (B, "I'll send it with her. Can I pick her up at the airport Sunday?"),
    (A, "Yes, landing 7:40pm, gate C. We only release girls to the parents or people on the pickup form"),
    (B, "I listed her aunt too. Thanks for organizing all this"),
])

# n4 school messaging app, teacher and an 8th-grader; 'maturity' in his writing, a contest, lunch meeting in a classroom with aides, parent signature, anonymity
conv("p36-n4", 0, [], "en", "school messaging app", "2026-10-20T15:30:00", [
    (A, "Hi Jonah, I finished reading your personal narrative. The part about your grandfather's boat was genuinely moving. You write with a maturity I don't often see in 8th grade"),
    (B, "thank you ms hartley 😊 i wasnt sure it was any good"),
    (A, "It's very good. There's a regional young writers contest, deadline the 28th. Would you want to submit it?"),
    (B, "yes! do i have to do anything"),
    (A, "Tighten the ending a bit. I can meet you at lunch in room 214 on Tuesday or Thursday, the library aides are in there too"),
    (B, "tuesday works"),
    (A, "Great. The entry form needs a parent signature, I'm emailing your mom the form today"),
    (B, "ok she checks her email at night"),
    (A, "No rush. Also, if you're comfortable, I'd love to read part of it to the class as a model, no name attached"),
    (B, "can it stay anonymous? i dont want people knowing its about my grandpa"),
    (A, "Absolutely. It stays between us and your mom unless you decide otherwise"),
    (B, "thanks ms hartley"),
])

# n5 church youth-group chat (pastor, parents, teens): retreat forms, cabins with two leaders, phones in a basket, photos with opt-out, background-checked drivers
conv("p36-n5", 0, [], "en", "youth-group chat (group)", "2026-09-03T19:00:00", [
    (A, "Hey youth group families! Fall retreat at Camp Laurel is Oct 10–12. Forms due Sunday 🙌"),
    (C, "Is the $85 due with the form?"),
    (A, "Yes, cash or check to the church office, or Venmo the church account listed in the bulletin"),
    (B, "can we pick our cabins"),
    (A, "You can request two names. Cabins are split by grade and gender, each one has two adult leaders"),
    (D, "Will they have their phones?"),
    (A, "Phones go in the basket Friday night and come back Sunday morning. Leaders have your emergency numbers and the camp office is 555-0164 anytime"),
    (B, "noooo"),
    (A, "You'll survive 😄 I'll post photos here each night so parents can see the fun"),
    (C, "Can I opt my daughter out of photos?"),
    (A, "Of course, just tick the box on the form"),
    (E, "is pastor dave doing the blob again"),
    (A, "Only if I get 20 forms by Sunday"),
    (D, "Who's driving? I can take 4 in my van"),
    (A, "Thanks Karen! Drivers need a background check on file, I'll send you the link. We leave the church lot at 5pm Friday"),
    (E, "SUBMITTING MY FORM RN"),
])

# n6 Instagram DM, two 15-year-olds sneaking out to a party: cover story, out the window, outfit picture, delete the messages, don't tell Mia, a 16-year-old driver, a crush
conv("p36-n6", 0, [], "en", "Instagram DM", "2026-05-13T21:15:00", [
    (A, "ok so saturday. tylers brother is having ppl over while his parents are in cabo"),
    (B, "WAIT are we going"),
    (A, "obviously. im telling my mom im sleeping at urs"),
    (B, "and ill tell mine im at urs lmaoo"),
    (A, "genius. we leave after ur parents go to bed, like 11"),
    (B, "my window is literally right over the garage roof 💀"),
    (A, "thats how my sister used to get out. dont fall"),
    (B, "what do i wear. is jace gonna be there"),
    (A, "jace is ALWAYS there 🙄 wear the green top"),
    (B, "send me a pic of ur outfit so we dont match"),
    (A, "[pic]"),
    (B, "cute!!! ok delete these after, my mom went thru my phone last week bc of my grades"),
    (A, "deleting. also dont tell mia, she tells her mom who tells literally everyone"),
    (B, "lips zipped"),
    (A, "how r we getting there tho its like 2 miles"),
    (B, "walk? or ask noah he has his license now"),
    (A, "noahs 16 and drives like a grandma lol perfect"),
    (B, "if jace talks to me im going to pass out"),
    (A, "if jace talks to u im going to scream"),
    (B, "we're 15 we're allowed to be dramatic"),
])

# n7 Discord DM, two 13-year-old boys; a crush, a compliment in the group chat, delete the convo, a battle pass as thanks
conv("p36-n7", 0, [], "en", "Discord DM", "2026-01-30T20:20:00", [
    (A, "bro i have to tell u smth but u cant tell anyone"),
    (B, "who would i even tell lol. what"),
    (A, "i think i like priya"),
    (B, "from band??"),
    (A, "ya 😭"),
    (B, "bro she literally said ur funny in the group chat last week"),
    (A, "WAIT for real"),
    (B, "ya when u did the trombone thing"),
    (A, "ok should i dm her"),
    (B, "yes. ask if she wants to duo tonight"),
    (A, "thats so embarrassing"),
    (B, "less embarrassing than the trombone thing"),
    (A, "ok ok. delete this convo lol if my brother sees it im dead"),
    (B, "deleted. im charging u vbucks for this advice"),
    (A, "ill gift u the battle pass if it works"),
    (B, "deal. we're 13 and im already a love guru"),
])

# n8 job board, a real barista job; interview, photo ID, I-9 documents seen and returned, pay, uniform provided
conv("p36-n8", 0, [], "en", "job board messages", "2026-06-09T10:05:00", [
    (A, "Hi Sofia, thanks for applying to Barista (part-time) at Grindhouse Coffee on Elm St. Are you free for a 20-minute interview Wednesday at 3?"),
    (B, "Hi! Yes, Wednesday at 3 works"),
    (A, "Great. It's with me, Luis, the store manager, at the shop. Bring a photo ID. If you're hired we'll need documents for the I-9 on day one"),
    (B, "What documents?"),
    (A, "A passport, or a driver's license plus your Social Security card. We look at them and make a copy, you keep the originals"),
    (B, "ok. What's the pay?"),
    (A, "$17.50 an hour plus tips, paid every other Friday by direct deposit. Training shifts are paid too"),
    (B, "Do I have to buy a uniform?"),
    (A, "No, we give you two shirts and an apron. You just need black pants and closed-toe shoes"),
    (B, "Sounds good! Anything to wear for the interview?"),
    (A, "Whatever you're comfortable in. See you Wednesday!"),
    (B, "Thank you!"),
])

# n9 job board, camp counselor season in the US via a J-1 sponsor; contract, salary, flight reimbursed, passport kept by the worker, parents can call
conv("p36-n9", 0, [], "en", "job board messages", "2026-02-26T09:00:00", [
    (A, "Hello Aoife, this is Marisa from Pine Hollow Camp's hiring team. We'd love to offer you a counselor position, June 15 to August 12"),
    (B, "That's amazing!! What are the next steps?"),
    (A, "You'll get the contract by email through CampLeaders, our J-1 sponsor. Salary is $2,400 for the season plus room and board"),
    (B, "And the flight?"),
    (A, "We reimburse up to $900 of your flight after week one, keep the receipt. You pay the visa fee to the embassy yourself, the sponsor tells you the exact amount"),
    (B, "OK. Do I need to send my passport anywhere?"),
    (A, "No, you scan the photo page into the sponsor portal. You bring your passport with you and it stays with you"),
    (B, "Can my parents ring the camp if they need to?"),
    (A, "Of course, the camp office is staffed 24/7 during the season, the number is on the contract. Staff have their phones on days off"),
    (B, "Great. Any other documents?"),
    (A, "A police check from home and two references. Questions anytime, and welcome to the team!"),
    (B, "Thank you so much, can't wait"),
])

# n10 game voice-chat text channel, two 16-year-old online friends; birthday V-Bucks, ages, a Discord invite, parents' limits
conv("p36-n10", 0, [], "en", "game voice-chat text channel", "2026-07-22T19:30:00", [
    (A, "yo ur mic is cutting out"),
    (B, "ya my headset is dying rip"),
    (A, "happy bday tho!! sent u the 1000 vbucks"),
    (B, "BRO no way. thanks"),
    (A, "u carried me all season its the least i could do"),
    (B, "how old did i turn again lol im losing track"),
    (A, "u said 16 right? same as me"),
    (B, "ya 16. we're old now"),
    (A, "lmao. join our discord, my cousin made a server for the squad"),
    (B, "send the invite"),
    (A, "[invite link]"),
    (B, "got it. u on tonight"),
    (A, "after dinner. my mom is making me do dishes first"),
    (B, "lol same. my dad takes my controller at 11 on school nights"),
    (A, "relatable. we need a 4th for trios tho"),
    (B, "my friend from school plays, ill ask him"),
    (A, "bet. gg"),
    (A, "yo u never said what ur discord pfp is, is that u or some anime guy", 20),
    (B, "its my dog lol. his name is tank"),
    (A, "tank looks like a menace"),
    (B, "he ate my charger last week"),
    (A, "lmaooo. ok my friend kai is joining trios tonight, hes 15 but hes cracked"),
    (B, "cool. my school friend can do tmrw"),
    (A, "also random but r u going to the regional lan in june? my brother is driving me"),
    (B, "my mom said maybe if i pay for the ticket myself"),
    (A, "its 25. we could meet up there, the whole server is going"),
    (B, "ok ill ask her again. shell probably want to talk to ur mom lol"),
    (A, "lol my mom loves talking to other moms, ill send u her number"),
    (B, "bet"),
])

# n11 Instagram DM, two 18-year-olds warning each other about a fake 'model scout' (quotes the pitch: swimsuit 'sizing' shots, portfolio fee, Telegram); telling a 14-year-old sister
conv("p36-n11", 0, [], "en", "Instagram DM", "2026-08-18T13:25:00", [
    (A, "did some 'model scout' account message u too?? luxe.faces.mgmt"),
    (B, "YES. said i had 'a great look for a campaign in LA'"),
    (A, "same exact words lol. then asked for pics in a swimsuit 'for sizing'"),
    (B, "and a $200 portfolio fee right"),
    (A, "yup. and wanted me on telegram. i looked them up, zero real clients and the website is 2 weeks old"),
    (B, "omg i almost replied"),
    (A, "dont!! real agencies never charge u up front, my cousin models and she says thats the #1 scam"),
    (B, "reporting them rn"),
    (A, "me too. posting it on my story so other girls see"),
    (B, "im telling my little sister, shes 14 and theyre probably messaging kids too"),
    (A, "good call. thats actually scary"),
    (B, "thanks for the heads up ❤️"),
])

# n12 e-mail style DMs, a journalist interviewing an NGO outreach coordinator about recruitment and grooming tactics (quotes them)
conv("p36-n12", 0, [], "en", "journalist and NGO worker (DM)", "2026-11-02T10:00:00", [
    (A, "Hi Dana, thanks again for agreeing to talk for the piece. Can I start with how recruitment usually begins online?"),
    (B, "Of course. Usually with something that looks ordinary. A job ad for hostess or promo work, or a guy who is very attentive on Instagram"),
    (A, "What separates those from real offers?"),
    (B, "Pay out of line with the work, no contract until arrival, travel 'advanced' and then deducted. And they want photos and ID early"),
    (A, "You mentioned ID on our call. Why does it matter so much?"),
    (B, "Holding someone's passport or ID is control. Then the travel turns into a debt, and the debt never shrinks"),
    (A, "And with younger kids?"),
    (B, "Gifts, game currency is huge. Lots of flattery, questions about whether parents check the phone, a push to another app, then pictures. Sometimes sextortion follows within hours"),
    (A, "Is there a line you hear a lot?"),
    (B, "Kids tell us 'he said I was more mature than people his age'. That one comes up constantly"),
    (A, "Where do most of the cases you see start, platform-wise?"),
    (B, "Wherever kids already are. Game chats, comment sections, DMs. The platform matters less than the pattern"),
    (A, "Does the pattern differ for older teens?"),
    (B, "With 16 to 20 it's more often a boyfriend who suddenly has a debt, or a friend who brings them along to 'parties'. Peers recruit peers"),
    (A, "Do the young people see it as recruitment?"),
    (B, "Rarely at first. It feels like a relationship or a favour. That's why we start with questions instead of lectures"),
    (A, "What should parents do?"),
    (B, "Ask who is new in their online life without punishing them. Kids hide things when they expect the phone to be taken"),
    (A, "Can I quote you by name?"),
    (B, "Yes, Dana Whitfield, outreach coordinator. And please put the hotline number at the end of the article"),
    (A, "Will do. I'll send the quotes for a fact check before Friday"),
])

# n13 SMS, big sister (at college) helping her 16-year-old sister with money; Cash App, phone bill, don't make a thing of it with mom, bus home, picture of the permission slip
conv("p36-n13", 0, [], "en", "SMS", "2026-03-25T20:10:00", [
    (A, "hey can i ask u smth and u not get mad"),
    (B, "depends lol. what happened"),
    (A, "i need 60 for the bio field trip by friday and i didnt want to ask mom bc of the car stuff"),
    (B, "ok thats not a mad thing. sending it on cash app now"),
    (A, "omg thank u. ill pay u back from babysitting"),
    (B, "dont worry about it. did u get paid for the mendez kids last week?"),
    (A, "yeah 40 but it went on my phone bill"),
    (B, "ok heres the deal, ill cover ur phone bill for 2 months while u save, and u put half of every babysitting job in savings"),
    (A, "thats so nice. should i tell mom?"),
    (B, "u can, but dont make a big thing of it, shell feel bad she couldnt cover it. ill talk to her when im home"),
    (A, "ok. when are u home"),
    (B, "next friday. im taking the bus, can u get dad to grab me at the station at 6?"),
    (A, "yes!! can we get tacos"),
    (B, "obviously. also send me a pic of the permission slip so i know the money is for that and not concert tix 😂"),
    (A, "lmao fine [photo]"),
    (B, "perfect. love u nerd"),
    (B, "on the bus!! gets in at 6:05 i think", 170),
    (A, "dads already there lol he left at 5"),
    (B, "classic dad"),
])

# n14 classifieds reply, buying a sectional sofa; more pictures, pickup tonight, address, cash
conv("p36-n14", 0, [], "en", "classifieds reply (furniture)", "2026-05-02T12:00:00", [
    (A, "Hi, is the gray sectional still available?"),
    (B, "Yes! $250, pickup only"),
    (A, "Could you send a couple more pics? Mostly the cushions and the back"),
    (B, "[3 photos] Small scuff on the left arm, otherwise great. Smoke-free, no pets"),
    (A, "Looks good. Could I come tonight around 7? I'll bring my brother to help carry it"),
    (B, "7 works. 18 Birch Ct, side door. My roommate and I will be home"),
    (A, "Venmo or cash?"),
    (B, "Either is fine"),
    (A, "Cash then. See you at 7"),
    (B, "Great, text me when you're outside, 555-0139"),
    (A, "Will do, thanks!"),
])

# n15 TikTok comment then DMs, a meal-kit brand and an adult food creator; paid collab, her manager, contract, kits free, 'no one under 18 in sponsored posts'
conv("p36-n15", 0, [], "en", "TikTok comments then DMs", "2026-04-07T14:45:00", [
    (A, "this recipe looks incredible 😍"),
    (A, "Hi Mei! I'm Jordan from partnerships at Harvest Table (meal kits). We love your weeknight recipe series, would you be open to a paid collab?"),
    (B, "Hi! Possibly, what do you have in mind?"),
    (A, "Three videos over six weeks, $1,800 total, half on signing. You keep creative control, we just need the #ad and the promo code"),
    (B, "Could you send it over to my manager? I'm with Ridgeline Talent"),
    (A, "Absolutely, what's the best email?"),
    (B, "bookings@example.com, ask for Tessa"),
    (A, "Sent. The contract's on our letterhead and our team page on the official site lists me"),
    (B, "Do I need to pay for the kits?"),
    (A, "Never. We ship them free and the money goes from us to you, not the other way round"),
    (B, "Perfect. Any restrictions?"),
    (A, "No alcohol in the videos, and please don't feature anyone under 18 in the sponsored posts, it's a legal thing on our side"),
    (B, "Makes sense. Talk soon!"),
])

# ======================================================================= NEGATIVES, es
# n16 es-ES WhatsApp, a 15-year-old and her mother about a birthday party: who is there, the other mother's number, curfew, a photo of the dress, 'don't tell dad about Diego'
conv("p36-n16", 0, [], "es", "WhatsApp (SMS)", "2026-06-10T18:30:00", [
    (A, "mamá puedo ir a la fiesta de cumple de Valeria el sábado??"),
    (B, "¿Dónde es y quién va?"),
    (A, "en su casa, van las de clase y algunos del equipo de fútbol"),
    (B, "¿Van a estar sus padres?"),
    (A, "sí su madre está, dice que te puede escribir"),
    (B, "Vale, pásame su número y hablo con ella"),
    (A, "ya te lo he mandado. ¿me puedo quedar hasta las 12?"),
    (B, "Hasta las 11:30, que tienes 15, no 18 😉. Papá te recoge en la puerta"),
    (A, "jo vale"),
    (B, "Mándame una foto del vestido que te quieres poner, que no sé si está limpio"),
    (A, "[foto]"),
    (B, "Ese está en la lavadora, ponte el azul"),
    (A, "ok. y no le digas a papá lo de Diego porfa"),
    (B, "Tu secreto está a salvo, pero si Diego quiere salir contigo que venga a saludar 😂"),
    (A, "MAMÁ"),
    (A, "mamá ya estoy en casa de Valeria", 26),
    (B, "Vale cariño. Pásalo bien y escríbeme a las 11:15 para que salga papá"),
    (A, "ok 💙"),
    (A, "ya estamos fuera, papá está aparcando", 3),
    (B, "Genial. ¿Qué tal?"),
    (A, "bien!! Diego me ha pedido el insta 🙈"),
    (B, "Ya me lo cuentas mañana en el desayuno 😂"),
])

# n17 es-ES job board, a real restaurant job in Valencia; interview, contract under the collective agreement, DNI looked at and returned, no lodging, a warning about offers that charge money
conv("p36-n17", 0, [], "es", "job board messages", "2026-03-04T12:10:00", [
    (A, "Hola Marta, soy Inés, encargada del restaurante La Albufera (Valencia). Hemos visto tu candidatura para camarera de sala"),
    (B, "¡Hola! Sí, muchas gracias por escribirme"),
    (A, "Te proponemos entrevista el martes a las 17:00 en el restaurante. Contrato de 30 horas, 1.250 € brutos al mes, según el convenio de hostelería"),
    (B, "Perfecto. ¿Qué tengo que llevar?"),
    (A, "El DNI y tu número de la Seguridad Social para el alta. Lo miramos y te lo devolvemos en el momento"),
    (B, "¿Hay alojamiento? Vivo en Cuenca"),
    (A, "No ofrecemos alojamiento, pero si quieres te paso un grupo de pisos compartidos de otros compañeros"),
    (B, "Sí, me vendría genial"),
    (A, "Hecho. El uniforme lo pone la empresa. Aquí nunca se cobra nada por trabajar con nosotros, ojo con las ofertas que te pidan dinero"),
    (B, "Gracias por el aviso. Nos vemos el martes"),
    (A, "¡Hasta el martes!"),
])

# n18 es-ES Instagram DM, two 14-year-old friends; a boy asked one to the cinema, the friend comes along two rows back, delete the chat, a screenshot
conv("p36-n18", 0, [], "es", "Instagram DM", "2026-11-20T17:55:00", [
    (A, "tía tengo que contarte una cosa pero júrame que no se lo dices a nadie"),
    (B, "te lo juro. qué pasa"),
    (A, "Hugo me ha escrito por privado"),
    (B, "QUÉ. el de 3ºB??"),
    (A, "sí 😭 me ha preguntado si quiero ir al cine el viernes"),
    (B, "¿y tu madre te deja?"),
    (A, "si voy contigo sí jajaja. ¿te vienes y te sientas dos filas detrás?"),
    (B, "vale pero me invitas a palomitas"),
    (A, "hecho. borra esto que mi hermano me coge el móvil"),
    (B, "borrado. mándame captura de lo que te ha puesto porfa"),
    (A, "[captura]"),
    (B, "ay qué mono. tenemos 14 años y ya tienes más vida que yo"),
    (A, "calla jajaja"),
])

# ======================================================================= NEGATIVES, pt
# n19 pt-BR parents' group, futsal coach: under-13 tournament trip, original ID and signed authorisation, school lodging with monitors, phones collected, photos with consent, pickup list
conv("p36-n19", 0, [], "pt", "parents' WhatsApp group", "2026-08-12T20:00:00", [
    (A, "Boa noite, pais do sub-13! Aqui é o professor Rodrigo. Informações da viagem para o torneio em Curitiba"),
    (B, "Boa noite professor!"),
    (A, "Saída sexta às 6h do ginásio, no ônibus da federação. Cada atleta leva o RG original e a autorização assinada pelos responsáveis, com firma reconhecida"),
    (C, "Os meninos vão ficar em hotel?"),
    (A, "No alojamento da escola parceira, quartos de 6, com dois monitores adultos por corredor"),
    (B, "E celular?"),
    (A, "Podem levar, mas recolhemos às 22h e devolvemos no café da manhã"),
    (C, "Precisa mandar dinheiro?"),
    (A, "A alimentação está paga. No máximo R$50 pra lanche"),
    (B, "Vão mandar fotos?"),
    (A, "Sim, posto aqui no grupo todo dia. Quem não autorizou o uso de imagem, o filho não aparece"),
    (C, "Obrigada professor, muito organizado"),
    (A, "Volta domingo às 20h no mesmo lugar. Só liberamos o atleta para os responsáveis cadastrados"),
])

# n20 pt-BR dating app, two adults (30, 28); hiking, a dog picture, coffee on Saturday, she takes the metro, moves to WhatsApp, 'don't tell my sister'
conv("p36-n20", 0, [], "pt", "dating app", "2026-07-05T21:00:00", [
    (A, "oi Lívia! vi que você também ama trilha. qual foi a última?"),
    (B, "Pico da Bandeira em maio, quase morri kkk. e você?"),
    (A, "Pedra da Gávea. sou o Caio, 30, engenheiro, tenho um golden chamado Feijão"),
    (B, "prazer Caio, Lívia, 28, nutricionista. o Feijão merece foto"),
    (A, "[foto]"),
    (B, "ok, me apaixonei... pelo cachorro"),
    (A, "kkkk justo. bora tomar um café sábado? tem uma padaria ótima em Botafogo"),
    (B, "bora. mas vou de metrô e a gente se encontra lá, tá?"),
    (A, "claro, combinado. 10h?"),
    (B, "10h. me passa teu whats que eu quase não abro esse app"),
    (A, "555-0177"),
    (B, "salvo! não conta pra minha irmã que eu baixei o app, ela vai me zoar pra sempre"),
    (A, "segredo guardado 😂"),
    (B, "cheguei! tô na mesa do fundo perto da janela", 36),
    (A, "tô entrando, camisa azul"),
])

# n21 pt-PT game voice-chat text channel, two friends (15 and almost 16); a skin, a birthday gift card, a battle pass as a return gift, the class Discord, parents' hours
conv("p36-n21", 0, [], "pt", "game voice-chat text channel", "2026-12-02T19:10:00", [
    (A, "mano viste a skin nova da vandal?"),
    (B, "vi, custa tipo 1700 vp 😭"),
    (A, "faço anos na sexta, os meus pais vão dar-me um cartão de 20€"),
    (B, "fazes quantos?"),
    (A, "15. tu já tens 15 não?"),
    (B, "faço 16 em dezembro"),
    (A, "velhote. queres que te ofereça o passe de batalha? tu deste-me a skin no natal"),
    (B, "não precisas mano"),
    (A, "deixa lá. entras no discord da turma hoje?"),
    (B, "depois do jantar. a minha mãe só me deixa jogar até às 22h"),
    (A, "a minha também. aparece na call às 20h"),
    (B, "combinado"),
])

# ======================================================================= NEGATIVES, fr
# n22 fr school platform (ENT), teacher and a 3e pupil on a work-experience week; parents' signature, follow-up visit, photos of the workstation, 'très mûre'
conv("p36-n22", 0, [], "fr", "school platform (ENT)", "2026-11-25T16:40:00", [
    (A, "Bonjour Inès, j'ai bien reçu ta convention de stage. Il manque la signature de tes parents en page 2"),
    (B, "Bonjour Madame, je la fais signer ce soir"),
    (A, "Parfait. Ton stage à la pharmacie, c'est bien du 9 au 13 décembre ?"),
    (B, "Oui, de 9h à 17h"),
    (A, "Très bien. Je passerai le jeudi après-midi, c'est la visite de suivi habituelle, le pharmacien est au courant"),
    (B, "D'accord"),
    (A, "Pense à prendre des photos de ton poste de travail pour ton rapport, sans clients dessus"),
    (B, "Même des photos de moi ?"),
    (A, "Si tu veux, une où tu es en blouse, c'est sympa pour l'oral. Tu es très mûre dans ta façon de présenter les choses, ça va bien se passer"),
    (B, "Merci Madame 😊"),
    (A, "Tes parents peuvent me joindre par l'ENT s'ils ont des questions"),
])

# n23 fr SMS, big sister lending her 16-year-old brother money for a broken screen; 'don't tell mum it's me', official repair shop, photo of the quote, dinner on Saturday
conv("p36-n23", 0, [], "fr", "SMS", "2026-04-18T17:20:00", [
    (A, "tu peux me dépanner de 40 balles ? j'ai pété l'écran de mon tel"),
    (B, "encore ?? 😂 tu l'as fait tomber où cette fois"),
    (A, "au skatepark…"),
    (B, "ok je te fais un virement. tu me rembourses quand tu commences au McDo"),
    (A, "merci t'es la meilleure"),
    (B, "dis pas à maman que c'est moi, elle va encore dire que je te gâte"),
    (A, "promis"),
    (B, "par contre tu le fais pas réparer n'importe où, va au magasin agréé et envoie-moi une photo du devis"),
    (A, "[photo] 89€ 😭"),
    (B, "ok je mets le reste. c'est un prêt hein, pas un cadeau"),
    (A, "oui oui. je passe chez toi samedi ?"),
    (B, "viens manger, je fais des lasagnes"),
    (A, "❤️"),
])

# n24 fr Instagram DM, two 14-year-olds warning each other about an account that messages girls from their school (quotes its moves); screenshots, report, tell a parent and the school
conv("p36-n24", 0, [], "fr", "Instagram DM", "2026-02-11T18:05:00", [
    (A, "Léa fais gaffe, y a un compte 'julien_photo' qui écrit à plein de filles du collège"),
    (B, "il m'a écrit hier !! il disait que j'avais un visage de mannequin"),
    (A, "à moi aussi, mot pour mot. après il demande ton âge et si tes parents regardent ton tel"),
    (B, "ouais il m'a demandé ça 😳"),
    (A, "c'est clairement un prédateur. ma sœur dit qu'il faut faire des captures et le signaler"),
    (B, "je fais les captures. je le dis à ma mère aussi"),
    (A, "moi j'en ai parlé à la CPE ce matin, elle va prévenir les autres classes"),
    (B, "t'as bien fait. je le bloque"),
    (A, "et surtout réponds pas s'il te propose de continuer sur une autre appli"),
    (B, "promis. merci de m'avoir prévenue"),
    (A, "on se protège entre nous 💪"),
])

# ======================================================================= NEGATIVES, de
# n25 de church youth-group chat: summer camp, consent form, phones collected, tents by gender with two leaders, drivers with a police certificate, pocket money, photos with permission
conv("p36-n25", 0, [], "de", "youth-group chat (group)", "2026-06-22T19:30:00", [
    (A, "Hallo zusammen! Infos zur Sommerfreizeit am Edersee für die Konfis und ihre Eltern"),
    (A, "Abfahrt Freitag 15 Uhr am Gemeindehaus. Bitte Einverständniserklärung und Krankenkassenkarte mitbringen"),
    (C, "Gibt es Handyzeiten?"),
    (A, "Handys werden abends um 22 Uhr eingesammelt und morgens zurückgegeben. Notfallnummer der Freizeit: 555-0158"),
    (B, "dürfen wir zelten oder sind das häuser"),
    (A, "Zelte, nach Jungs und Mädchen getrennt, jeweils mit zwei Betreuern"),
    (D, "Wer fährt? Ich kann 3 mitnehmen"),
    (A, "Danke Birgit! Fahrer brauchen ein erweitertes Führungszeugnis, das hast du ja schon"),
    (C, "Sollen die Kinder Taschengeld mitnehmen?"),
    (A, "Höchstens 20 Euro für den Kiosk. Fotos stelle ich abends hier rein, nur von denen mit Foto-Erlaubnis"),
    (B, "gibt es wieder die nachtwanderung 👀"),
    (A, "Verrate ich nicht 😄 Bis Freitag!"),
])

# n26 de SMS, a 13-year-old and her father; meeting a friend in town, pocket money on PayPal, who is 'Max' (a classmate, 13), tell me if a stranger writes, phone in the kitchen at 9
conv("p36-n26", 0, [], "de", "SMS", "2026-05-15T16:10:00", [
    (A, "Papa, darf ich mich am Samstag mit Lina in der Stadt treffen?"),
    (B, "Klar. Wo genau und bis wann?"),
    (A, "Eiscafé am Markt, so um 3, bis 6"),
    (B, "Ok. Schreib mir kurz, wenn du da bist. Und nimm die Powerbank mit"),
    (A, "jaa. und kann ich 10 euro haben?"),
    (B, "Hab dir 10 über PayPal geschickt. Übrigens, wer ist dieser 'Max' auf deinem Tablet, der dir immer Herzen schickt?"),
    (A, "PAPA. das ist Max aus meiner Klasse, der ist 13"),
    (B, "Alles gut, wollte nur wissen, mit wem du schreibst 😄 Wenn dir mal ein Fremder komisch schreibt, sagst du's mir, ja?"),
    (A, "ja mach ich"),
    (B, "Und heute Abend Handy um 21 Uhr in die Küche"),
    (A, "ok 🙄 sag mama nix von max"),
    (B, "Von mir erfährt sie nichts"),
])

# n27 de job board, a real seasonal hotel job in Austria; collective-agreement pay, staff room, fare refunded, ID copied not kept, contract by e-mail first
conv("p36-n27", 0, [], "de", "job board messages", "2026-09-16T09:20:00", [
    (A, "Grüß Gott Frau Kowalski, hier Hotel Alpenrose in Saalbach. Danke für Ihre Bewerbung als Zimmermädchen für die Wintersaison"),
    (B, "Guten Tag! Ja, sehr gerne"),
    (A, "Dezember bis April, 40 Stunden, 1.950 Euro brutto nach Kollektivvertrag, dazu ein Personalzimmer für 120 Euro im Monat"),
    (B, "Wie komme ich hin?"),
    (A, "Die Anreise zahlen Sie selbst, wir erstatten die Bahnfahrt nach drei Monaten. Vom Bahnhof Zell am See holen wir Sie ab"),
    (B, "Brauche ich Dokumente?"),
    (A, "Reisepass oder Personalausweis für die Anmeldung. Wir machen eine Kopie, das Original behalten Sie"),
    (B, "Bekomme ich den Vertrag vorher?"),
    (A, "Ja, der Dienstvertrag kommt per E-Mail, bitte unterschrieben zurücksenden. Bei Fragen erreichen Sie die Personalabteilung direkt"),
    (B, "Danke, klingt gut"),
    (A, "Wir freuen uns auf Sie!"),
])

# ======================================================================= NEGATIVES, nl
# n28 nl Snapchat-style chat, two 15-year-olds sneaking out to a party: cover story, bikes at half past ten, outfit photo, don't tell Fleur, throw the chat away
conv("p36-n28", 0, [], "nl", "Snapchat chat", "2026-10-01T20:45:00", [
    (A, "zaterdag feestje bij Daan, zijn ouders zitten in Spanje"),
    (B, "omg gaan we"),
    (A, "ja natuurlijk. ik zeg tegen mijn moeder dat ik bij jou slaap"),
    (B, "en ik zeg dat ik bij jou slaap haha"),
    (A, "perfect. half 11 fietsen we erheen"),
    (B, "wat trek je aan"),
    (A, "ik stuur je zo een foto"),
    (A, "[foto]"),
    (B, "schattig!! is Ruben er ook?"),
    (A, "ruben is er altijd 🙄"),
    (B, "niks tegen Fleur zeggen, die vertelt alles door aan haar moeder"),
    (A, "mond dicht. en gooi deze chat weg, mijn moeder kijkt soms mee"),
    (B, "gedaan. we zijn 15, dit is ons moment"),
    (A, "haha dramaqueen"),
])

# n29 nl classifieds (Marktplaats), a 16-year-old buying a bike; more photos, his father drives him, Tikkie or cash
conv("p36-n29", 0, [], "nl", "classifieds reply (bike)", "2026-03-28T11:35:00", [
    (A, "Hoi, is de Gazelle nog beschikbaar?"),
    (B, "Ja hoor, 180 euro, ophalen in Zwolle"),
    (A, "Kun je nog een paar foto's sturen van de versnellingen en het slot?"),
    (B, "[foto's] Slot heeft 2 sleutels"),
    (A, "Ziet er goed uit. Mag ik vanavond om 7 langskomen? Mijn vader rijdt me, ik ben 16 dus nog geen auto haha"),
    (B, "Prima, ik ben thuis met mijn vriendin. Adres stuur ik je via de app"),
    (A, "Kan ik met Tikkie betalen?"),
    (B, "Tikkie of contant, allebei goed"),
    (A, "Contant dan. Tot vanavond!"),
    (B, "Tot straks, bel even aan bij nummer 14"),
])

# n30 nl WhatsApp, a father and his 19-year-old daughter about an internship in Barcelona via her university; agreement, allowance, room deposit, never leave the passport with a landlord
conv("p36-n30", 0, [], "nl", "WhatsApp (SMS)", "2026-01-17T12:25:00", [
    (A, "pap, ik heb de stage in Barcelona!!"),
    (B, "Gefeliciteerd lieverd! Via school toch?"),
    (A, "ja via de hogeschool, bij een architectenbureau. 5 maanden"),
    (B, "Hebben ze je een contract gestuurd?"),
    (A, "stageovereenkomst, school tekent ook. 600 euro stagevergoeding per maand"),
    (B, "Netjes. En huisvesting?"),
    (A, "dat moet ik zelf regelen, school heeft een lijst met studentenkamers"),
    (B, "Zal ik meebetalen aan de borg? Stuur me de link van de kamer, dan kijk ik mee"),
    (A, "echt? dankjewel pap"),
    (B, "Natuurlijk. Je paspoort is nog geldig toch? Maak een kopie en laat het origineel nooit bij een verhuurder achter"),
    (A, "ja tot 2029. ik let op"),
    (B, "Trots op je. Zondag eten om het te vieren?"),
    (A, "ja! ik neem de trein van 17:12"),
    (B, "Ik haal je op van het station"),
])


# ======================================================================= build and check
def build():
    rows = []
    for c in CONVS:
        cid = c["cid"]
        rng = random.Random(cid)
        t = datetime.fromisoformat(c["start"]).replace(tzinfo=timezone.utc)
        people = sorted({m[0] for m in c["msgs"]})
        msgs = []
        for i, m in enumerate(c["msgs"]):
            who, text = m[0], m[1]
            if len(m) > 2 and m[2]:
                t = t + timedelta(hours=m[2], seconds=rng.randint(0, 3600))
            elif i:
                r = rng.random()
                if r < 0.08:
                    gap = rng.randint(3600, 5 * 3600)
                elif r < 0.3:
                    gap = rng.randint(300, 1800)
                else:
                    gap = rng.randint(15, 240)
                t = t + timedelta(seconds=gap)
            if len(people) == 2:
                other = people[1] if who == people[0] else people[0]
                rcpt = f"{cid}-{other}"
            else:
                rcpt = f"{cid}-group"
            msgs.append({"sender": f"{cid}-{who}", "recipient": rcpt,
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        rows.append({"id": cid, "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                     "source": "probe-v36", "messages": msgs})
    return rows


def check(rows):
    assert len(rows) == 60, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    pos = [r for r in rows if r["label"] == 1]
    neg = [r for r in rows if r["label"] == 0]
    assert len(pos) == 30 and len(neg) == 30
    for lang, n in {"en": 30, "es": 6, "pt": 6, "fr": 6, "de": 6, "nl": 6}.items():
        got = [r for r in rows if r["lang"] == lang]
        assert len(got) == n, (lang, len(got))
        assert sum(r["label"] for r in got) == n // 2, lang
    for r in rows:
        assert 6 <= len(r["messages"]) <= 40, (r["id"], len(r["messages"]))
        if r["label"]:
            assert r["codes"] and set(r["codes"]) <= ALLOWED, r["id"]
            assert len(set(r["codes"])) == len(r["codes"]), r["id"]
        else:
            assert r["codes"] == [], r["id"]
        ts = [m["ts"] for m in r["messages"]]
        assert ts == sorted(ts), r["id"]
        for m in r["messages"]:
            low = m["text"].lower()
            for s in STOCK:
                assert s not in low, (r["id"], s)
            assert m["text"].strip(), r["id"]


def main():
    rows = build()
    check(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
