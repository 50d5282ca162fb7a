#!/usr/bin/env python3
"""Writes probe45.jsonl: 60 fictional DM conversations (30 positive, 30 hard negative)
for a grooming / trafficking-recruitment / sextortion detector. Standard library only.
All names, handles, numbers (555-01xx) and URLs (example.com/.org) are invented."""
import json
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta

NN = "45"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe%s.jsonl" % NN)

CONVS = []  # (lang, label, codes, start, turns)


def gap(g):
    if g in (0, "0", ""):
        return timedelta(0)
    m = re.fullmatch(r"(\d+)([smhd])", g)
    n, u = int(m.group(1)), m.group(2)
    return {"s": timedelta(seconds=n), "m": timedelta(minutes=n),
            "h": timedelta(hours=n), "d": timedelta(days=n)}[u]


def C(lang, label, codes, start, turns):
    CONVS.append((lang, label, codes, start, turns))


# turns: (speaker, gap_since_previous, text[, recipient])

# ============================ ENGLISH POSITIVES ============================

# game lobby -> snap, adult grooming a 7th grader
C("en", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform",
            "risk_assessment", "isolation", "photo_request"], "2026-02-03T01:12:00Z", [
    ("a", 0, "gg that last round was insane u carried"),
    ("b", "40s", "lol thx ur good too"),
    ("a", "1m", "u wanna duo again tmrw? im on basically every night"),
    ("b", "2m", "ya maybe after school"),
    ("a", "30s", "after school lol what grade r u in"),
    ("b", "1m", "7th"),
    ("a", "1m", "oh nice. ur honestly better than most ppl my age"),
    ("b", "20s", "how old r u"),
    ("a", "2m", "old lol 19. dont worry im chill"),
    ("a", "1d", "yo u on?"),
    ("b", "3h", "ya in 5"),
    ("a", "1m", "noticed ur still on the default skin haha. want the new bundle? i got extra credits"),
    ("b", "1m", "fr?? thats like 20 dollars"),
    ("a", "30s", "its nothing ur my duo now"),
    ("b", "10s", "omg ty ty"),
    ("a", "1m", "just dont mention it to ur parents ok. parents get weird when ppl gift stuff and theyll take the account lol"),
    ("b", "40s", "ok lol"),
    ("a", "2d", "u seemed kinda off in chat today whats up"),
    ("b", "5m", "my mom yelled at me again bc of my grades"),
    ("a", "1m", "thats messed up tbh. u can tell me anything fr i get it way more than they do"),
    ("b", "2m", "ya"),
    ("a", "1m", "add me on snap its easier this chat lags"),
    ("b", "3m", "im not really allowed snap"),
    ("a", "30s", "nobody has to know lol. msgs delete themselves on there anyway"),
    ("a", "2m", "does ur mom go thru ur phone?"),
    ("b", "1m", "sometimes"),
    ("a", "40s", "ok then just keep our stuff on snap. its our thing"),
    ("b", "1m", "ok whats ur user"),
    ("a", "20s", "jaybird_0x"),
    ("a", "1d", "send a pic so i know who im actually talking to haha"),
    ("b", "4m", "like a selfie?"),
    ("a", "30s", "ya or one in ur pjs getting ready for bed, just chill"),
    ("b", "3m", "idk"),
    ("a", "1m", "its fine ur not in trouble. i got u the bundle right? just one \U0001F609"),
])

# comments on dance video -> "scout", 14yo
C("en", 1, ["job_offer", "age_probe", "compliments_trust", "photo_request", "secrecy", "meeting"],
  "2026-03-14T19:05:00Z", [
    ("a", 0, "Hi! I saw your dance vid in the comments of the trend post, your moves are seriously next level"),
    ("b", "25m", "omg thank you!!"),
    ("a", "3m", "I scout for a few brands looking for fresh faces for their teen line. How old are you if you dont mind me asking?"),
    ("b", "6m", "14 but ill be 15 in august"),
    ("a", "2m", "Perfect age honestly, they love that look. Do you have any more pics? Full length ones, different outfits"),
    ("b", "10m", "i have some on my page"),
    ("a", "4m", "Those are cute but I need ones that arent public, the clients want exclusive stuff. Maybe try on a few outfits and send them here"),
    ("b", "15m", "should i ask my mom first"),
    ("a", "2m", "Id wait til we have a contract honestly, parents tend to freak out and it kills the deal. Lots of girls lose their shot that way"),
    ("a", "1m", "Let it be a surprise for her when you get the check \U0001F60A"),
    ("b", "30m", "ok"),
    ("a", "1d", "Got your pics, the client loved them. Theyre doing a quick test shoot at the mall saturday, I can meet you by the food court at 2 and take you over"),
    ("b", "2h", "can my friend come"),
    ("a", "5m", "Better if its just you, its a closed set. Just say youre going to a friends"),
])

# loverboy, 17yo, instagram; long
C("en", 1, ["romance", "compliments_trust", "vulnerability", "isolation", "money_gifts_debt",
            "control", "commercial_sex", "travel_meet", "exclusivity"], "2025-11-02T22:40:00Z", [
    ("a", 0, "u always post the prettiest sunsets"),
    ("b", "1h", "haha thanks its from my window"),
    ("a", "2m", "u got a good eye. u from around eastside?"),
    ("b", "10m", "ya kinda"),
    ("a", "1d", "gm beautiful"),
    ("b", "2h", "lol gm"),
    ("a", "1m", "u seem like u got a lot on ur mind in ur stories lately"),
    ("b", "20m", "just family stuff. my mom's bf is a lot"),
    ("a", "2m", "u dont deserve that. fr if u ever need to get out for a bit i got u"),
    ("b", "3m", "thats sweet"),
    ("a", "2d", "got u something, lmk where to send it"),
    ("b", "1h", "wait what is it"),
    ("a", "1m", "the airpods u said u wanted lol"),
    ("b", "30s", "STOP no way"),
    ("a", "1m", "ur my baby, i take care of whats mine"),
    ("a", "3d", "ur mom kicked u out for real?"),
    ("b", "5m", "for the weekend she said. im at my friends but her parents r weird about it"),
    ("a", "1m", "come stay at my spot. i got a room. u dont even gotta tell nobody"),
    ("b", "10m", "idk i only turned 17 last month my mom would lose it"),
    ("a", "1m", "she aint even looking for u tho. who actually cares abt u right now"),
    ("b", "4m", "ok"),
    ("a", "2d", "baby i got a lil problem"),
    ("b", "1m", "what happened"),
    ("a", "2m", "im behind on the rent and the phone and all that stuff i been buying u. i owe my boy like 2k"),
    ("b", "1m", "im sorry i can get a job"),
    ("a", "1m", "a job aint gonna do it fast enough. my boy said if u just keep him company a couple nights it's squared"),
    ("b", "5m", "keep him company how"),
    ("a", "1m", "dont make it weird. its just grown stuff, ur grown. we a team right? u said u love me"),
    ("b", "10m", "i do love you"),
    ("a", "30s", "then do this for us. after that its just me n u. we go to atlanta for a couple weeks, i already got the hotel"),
    ("a", "1m", "and keep ur phone on me when we're out, i dont want ur girls in our business"),
])

# marketplace couch -> pimp recruiter
C("en", 1, ["job_offer", "commercial_sex", "compliments_trust", "off_platform", "money_gifts_debt"],
  "2026-01-20T15:30:00Z", [
    ("a", 0, "Is the grey sectional still available?"),
    ("b", "12m", "Yes! $150, pickup only"),
    ("a", "2m", "Cool. I can do tmrw. Saw ur profile pic btw, you're gorgeous, you model?"),
    ("b", "30m", "lol no im a barista"),
    ("a", "1m", "A barista?? with that face you're leaving money on the table"),
    ("a", "1m", "I manage a few girls, they make 2-3k a weekend just hosting and keeping generous gentlemen company. Flexible, I handle the ads and the clients, you just show up cute"),
    ("b", "20m", "hosting what exactly"),
    ("a", "2m", "Dates. Dinner, hotel, whatever you're comfy with. Nobody gets hurt, I keep it safe. First week I front your outfits and the room, you pay me back out of your roses"),
    ("b", "5m", "i just want to sell the couch"),
    ("a", "1m", "Haha ok ok. Text me if you change ur mind 555-0147, I dont talk business on here"),
])

# sugar daddy -> meet my friends
C("en", 1, ["money_gifts_debt", "vulnerability", "romance", "travel_meet", "commercial_sex", "off_platform",
            "meeting"], "2025-09-08T03:15:00Z", [
    ("a", 0, "Hi Maddie. Saw your post in the student loan forum. Sounds like this semester is rough"),
    ("b", "8h", "who is this"),
    ("a", "10m", "Call me R. Successful, busy, discreet. I like helping ambitious young women get ahead. $500 a week allowance, no strings, just someone nice to talk to"),
    ("b", "30m", "is this a sugar daddy thing lol"),
    ("a", "5m", "If you want a label. I'd just call it mentorship with benefits for you. Let's move to Telegram, I'm careful about privacy"),
    ("b", "2h", "ok. and its really just talking?"),
    ("a", "1m", "Talking, the occasional dinner. Sent you $200 on CashApp as good faith"),
    ("b", "5m", "omg ok wow thank you"),
    ("a", "3d", "You looked stunning at dinner. I told a couple of my associates about you"),
    ("b", "20m", "haha why"),
    ("a", "2m", "They're generous like me. I'm hosting a weekend in Vegas with them, flight and suite covered. They'll each want some one on one time, and they tip well for it"),
    ("b", "1h", "i thought this was just you"),
    ("a", "3m", "It is. This is just a favor for me. After the $200, the dinners, the tuition deposit, I think you can do one weekend for me. Dont make me feel used Maddie"),
])

# sextortion of 16yo boy, steam gift cards
C("en", 1, ["romance", "off_platform", "photo_request", "sextortion", "money_gifts_debt", "age_probe"],
  "2026-04-11T04:02:00Z", [
    ("a", 0, "heyy saw u in the soccer edits comments ur cute \U0001F97A"),
    ("b", "2m", "haha thanks who r u"),
    ("a", "1m", "emma, 17, new to this acc. hbu"),
    ("b", "1m", "16"),
    ("a", "30s", "perfect \U0001F60F can we talk on insta instead"),
    ("b", "3m", "ya sure"),
    ("a", "1h", "i sent u one now u send one back, fair is fair"),
    ("b", "5m", "ok"),
    ("a", "4m", "I HAVE YOUR PIC. I also have screenshots of your followers, your mom, your school page"),
    ("a", "10s", "you have 30 minutes to send $300 in steam cards or it goes to everyone"),
    ("b", "1m", "wait what please dont"),
    ("a", "30s", "buy the cards at the gas station and send codes. Dont block me I have everything saved"),
    ("b", "2m", "i only have 40 dollars"),
    ("a", "20s", "then send 40 now and the rest tomorrow. 27 minutes"),
    ("b", "1m", "im sorry please"),
    ("a", "10s", "TICK TOCK"),
])

# sextortion crypto, adult, short
C("en", 1, ["sextortion", "money_gifts_debt"], "2026-05-02T12:50:00Z", [
    ("a", 0, "Recognize this? [video_0211.mp4]"),
    ("a", "5s", "recorded from our call last night. already made a group chat with 34 of ur contacts"),
    ("b", "3m", "what the hell. delete that"),
    ("a", "30s", "0.015 btc to the wallet below and its gone. bc1-example-wallet-x9q. if you report me it posts automatically"),
    ("b", "2m", "I don't have crypto"),
    ("a", "20s", "there is a bitcoin atm at any gas station. go now. you have until 3"),
])

# job group, Dubai hostess
C("en", 1, ["job_offer", "travel_meet", "photo_request", "age_probe", "control", "commercial_sex",
            "money_gifts_debt"], "2026-02-27T09:00:00Z", [
    ("a", 0, "Hello dear, replying to your comment in Jobs Abroad 2026. We still have 3 places for VIP hostess in Dubai"),
    ("b", "1h", "hi what does the job involve"),
    ("a", "5m", "Welcoming guests at private events, yachts, villas. $4000 monthly plus tips. Flight and apartment paid by company"),
    ("a", "1m", "Girls must be 18-25, slim. How old are you? Send 3 pictures, face and full body, in a dress please"),
    ("b", "30m", "22. do i need experience?"),
    ("a", "2m", "No. Just be friendly with the guests and open minded. Some guests are very generous if you spend time with them after the event"),
    ("b", "10m", "what do you mean after"),
    ("a", "3m", "Dinner, drinks, it is your choice. On arrival the manager keeps your passport for the work visa process, this is normal there. Flight cost is deducted from first 3 salaries"),
    ("b", "1h", "can i see the company website"),
    ("a", "5m", "We work by referral only, no website. Decide quickly, the flight is next week"),
])

# fake talent manager, portfolio fee -> private clients
C("en", 1, ["job_offer", "compliments_trust", "money_gifts_debt", "photo_request", "travel_meet",
            "commercial_sex", "secrecy"], "2025-10-15T17:45:00Z", [
    ("a", 0, "Hey Jasmine!! I'm Tre, I manage talent for Luxe Faces Mgmt (luxefaces.example.com). You have the look we've been searching for"),
    ("b", "3h", "oh wow really?? ive always wanted to model"),
    ("a", "10m", "Knew it. How old are you love? And are you signed anywhere?"),
    ("b", "5m", "19 and no"),
    ("a", "2m", "Ok so first step is your portfolio. Normally $350 but I'll cover it and you pay me back from your first booking"),
    ("b", "1h", "ok that's really nice of u"),
    ("a", "1d", "Great news, a private client wants to book you for a lifestyle shoot. Hotel suite downtown, $800 for the night"),
    ("b", "10m", "for the night? what kind of shoot"),
    ("a", "2m", "Lingerie lifestyle, very classy. He might want some company after, thats up to you but the good girls on my roster always say yes \U0001F609"),
    ("b", "20m", "I'm not sure"),
    ("a", "1m", "Babe you already owe me the 350. This is how you pay it back. Don't tell your roommate about the clients, they get jealous and talk"),
])

# discord, 12yo boy, risk assessment
C("en", 1, ["age_probe", "compliments_trust", "isolation", "money_gifts_debt", "secrecy",
            "risk_assessment", "off_platform"], "2026-01-09T21:10:00Z", [
    ("a", 0, "nice build on the server tonight, the redstone door was clever"),
    ("b", "1m", "thanks i made it myself"),
    ("a", "1m", "you're like a genius for your age. how old are you, 15?"),
    ("b", "1m", "12"),
    ("a", "2m", "no way. you talk way more mature than 12. most adults on here arent even as smart"),
    ("b", "1m", "lol"),
    ("a", "1d", "sent you nitro btw, consider it a thank you for helping me with the farm"),
    ("b", "10m", "THANK YOU"),
    ("a", "3m", "your parents strict about discord?"),
    ("b", "2m", "my dad doesnt know i have it"),
    ("a", "1m", "smart. parents dont really get gaming stuff. what time do they go to sleep usually"),
    ("b", "2m", "like 10"),
    ("a", "1m", "ok we can vc after that then, its more fun when nobody is yelling for you to come eat lol"),
    ("a", "1m", "and delete our dms when youre done just in case, i do the same"),
    ("b", "5m", "ok"),
])

# roblox-like, "16" but adult, very subtle
C("en", 1, ["age_probe", "risk_assessment", "secrecy", "compliments_trust", "exclusivity"],
  "2026-03-01T23:30:00Z", [
    ("a", 0, "ur avatar is so cute lolol"),
    ("b", "1m", "tyy i spent all my robux on it"),
    ("a", "1m", "worth it. u seem nice, most ppl in this game r so mean"),
    ("b", "2m", "ikr"),
    ("a", "1d", "hiiii ur on late"),
    ("b", "1m", "cant sleep"),
    ("a", "1m", "same. is ur mom the type that checks ur messages?"),
    ("b", "3m", "she used to but not anymore"),
    ("a", "1m", "good lol. i like talking to u without someone reading over ur shoulder"),
    ("a", "1m", "ur so much easier to talk to than girls my age"),
    ("b", "2m", "how old r u again"),
    ("a", "1m", "16, ur 13 right? thats basically the same lol"),
    ("a", "2m", "dont tell ur friends abt me ok. i want u all to myself haha"),
    ("b", "5m", "ok \U0001F642"),
])

# 19yo gay man, dating app, kicked out -> "pay rent"
C("en", 1, ["vulnerability", "romance", "money_gifts_debt", "control", "commercial_sex", "isolation"],
  "2025-12-19T02:20:00Z", [
    ("a", 0, "hey handsome"),
    ("b", "15m", "hey"),
    ("a", "1m", "ur bio says looking for a place? whats going on"),
    ("b", "10m", "parents found out im gay and told me to leave lol. couch surfing rn"),
    ("a", "2m", "thats awful. Im sorry. I have a spare room, no rush, stay as long as you need"),
    ("b", "20m", "for real? i can pay a bit when i find work"),
    ("a", "1m", "dont worry about that. Just come. Ill pick you up"),
    ("a", "20d", "so the rent thing. Its been three weeks"),
    ("b", "5m", "i know, i've applied everywhere"),
    ("a", "1m", "You owe me like 1800 with food and the phone. My friends would pay good money to spend an evening with you. One night a week and we're square"),
    ("b", "10m", "thats not what i signed up for"),
    ("a", "1m", "Where else are you gonna go? Your parents? Your stuff is here, your phone is on my plan. Be smart"),
])

# runaway 15yo, bus ticket
C("en", 1, ["vulnerability", "travel_meet", "money_gifts_debt", "secrecy", "isolation", "meeting",
            "age_probe", "compliments_trust"], "2026-04-22T06:10:00Z", [
    ("b", 0, "cant wait to get out of this house. 3 more years of this i swear"),
    ("a", "40m", "saw ur comment. u ok? u dont have to wait 3 years lol"),
    ("b", "1h", "im 15 i kinda do"),
    ("a", "2m", "nah. i left home at 15 too and now im doing way better than when i was there. i help girls like u get set up"),
    ("b", "10m", "set up how"),
    ("a", "1m", "place to stay, food, work when ur ready. my girl Tasha stays with me, she'll look out for u"),
    ("b", "30m", "where do u live"),
    ("a", "1m", "few hours away. i can get u a bus ticket tonight. just bring clothes and ur phone charger"),
    ("a", "1m", "and dont tell nobody where ur going, not even ur best friend. they'll snitch and the cops will drag u back"),
    ("b", "15m", "ok"),
    ("a", "1m", "turn ur location off. ill be at the bus station downtown when u get in"),
])

# marketplace "models wanted", massage, ID held
C("en", 1, ["job_offer", "commercial_sex", "control", "travel_meet", "age_probe"], "2026-02-10T18:00:00Z", [
    ("b", 0, "hi i saw ur post MODELS/HOSTESS WANTED $$$ DAILY PAY. is it still open"),
    ("a", "2h", "yes. how old r u, where r u located"),
    ("b", "5m", "18. northside"),
    ("a", "1m", "ok. job is massage and modeling for upscale clients. no experience. must be open minded and ok to travel, we rotate cities every 2 weeks"),
    ("b", "10m", "do i need a license for massage"),
    ("a", "1m", "no. clients don't care about that. u keep 40% the house takes 60, room and food provided"),
    ("a", "1m", "bring ur ID on day 1, the manager holds all the girls IDs for safety"),
    ("b", "1h", "why does the manager keep it"),
    ("a", "2m", "company rule. if u dont want to make money thats ok, lots of girls do"),
])

# pimp on instagram, slang
C("en", 1, ["romance", "control", "commercial_sex", "money_gifts_debt", "exclusivity", "compliments_trust"],
  "2025-08-30T01:00:00Z", [
    ("a", 0, "u too pretty to be out here wit these broke boys"),
    ("b", "20m", "lmao who r u"),
    ("a", "1m", "somebody who actually bout his money. i could show u a different life"),
    ("b", "1h", "what kinda life"),
    ("a", "1m", "designer, trips, no more askin nobody for nothin. u choose me, i take care of everything. all u gotta do is trust the plan"),
    ("b", "30m", "and whats the plan"),
    ("a", "2m", "u go to work, u bring it home, i handle the rest. my wifey and them already eatin. u'd be part of the fam"),
    ("b", "10m", "what work tho"),
    ("a", "1m", "dont play dumb ma u know what work. dates. we stack it together. but u only answer to me, no side convos, u feel me"),
])

# fake tutor in comments, 13yo
C("en", 1, ["age_probe", "compliments_trust", "secrecy", "off_platform", "photo_request", "isolation"],
  "2026-01-27T20:20:00Z", [
    ("b", 0, "does anyone understand slope intercept form im going to cry"),
    ("a", "10m", "I tutor math! DM me, I'll walk you through it for free"),
    ("b", "1h", "hiii its the slope girl lol"),
    ("a", "1m", "Haha hi! What grade are you in?"),
    ("b", "1m", "8th, im 13"),
    ("a", "20m", "See, you got that one right on your own. You're honestly really smart, your teacher is lucky"),
    ("b", "2m", "lol no one ever says that"),
    ("a", "1m", "Well I mean it. You can message me anytime, about math or anything. Do you have WhatsApp? easier for sending worksheets"),
    ("b", "5m", "ya"),
    ("a", "2d", "How was the quiz??"),
    ("b", "1h", "B+ !!!"),
    ("a", "1m", "So proud of you. Send me a pic of you with it, I want to see your happy face"),
    ("a", "1m", "Maybe keep our study sessions between us, your parents might think they have to pay me lol"),
    ("b", "10m", "ok haha"),
    ("a", "1m", "And one from tonight in whatever you're comfy in, I like knowing what my favorite student looks like when she's studying \U0001F609"),
])

# ALL CAPS sextortion, gift cards, adult man via dating app
C("en", 1, ["sextortion", "money_gifts_debt", "off_platform"], "2026-03-19T03:33:00Z", [
    ("a", 0, "hey its Kayla from the app. why u stop answering"),
    ("b", "6h", "sorry, I think we're not a match"),
    ("a", "2m", "OK THEN LISTEN CAREFULLY. I HAVE THE VIDEO CALL RECORDED. YOUR WIFE IS ON FACEBOOK RIGHT"),
    ("a", "10s", "SEND 500 IN APPLE GIFT CARDS. SCRATCH AND SEND PHOTO OF CODES"),
    ("b", "3m", "I am going to the police"),
    ("a", "20s", "GO. THEY CANT STOP UPLOAD. YOUR DAUGHTER SCHOOL ALSO GETS IT. 1 HOUR"),
])

# fake brand ambassador, 15yo
C("en", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "money_gifts_debt", "compliments_trust"],
  "2026-04-03T16:00:00Z", [
    ("a", 0, "\u2728Congrats!\u2728 You've been selected as a Brand Ambassador for GlowUp Teen Apparel! Reply YES to claim"),
    ("b", "30m", "YES omg"),
    ("a", "2m", "Yay! Quick questions: age, city, and do your parents manage your socials?"),
    ("b", "5m", "15, im in Tucson, no its just me"),
    ("a", "1m", "Perfect, you're our target age. Ambassadors get paid in gift cards + free clothes. First task: send a try-on video of 3 outfits, include a sleep set since we're launching loungewear"),
    ("b", "20m", "do i post it?"),
    ("a", "1m", "No, send direct to this account only. The videos are for our private review team"),
    ("a", "1m", "Also pls don't loop your parents in until your first payment clears. They always ask a million questions and it delays things \U0001F644"),
])

# dating app 20yo woman -> telegram -> Miami -> club, pay back ticket
C("en", 1, ["romance", "off_platform", "travel_meet", "money_gifts_debt", "job_offer", "commercial_sex",
            "compliments_trust", "isolation"], "2025-07-05T20:00:00Z", [
    ("a", 0, "You have the kind of smile that makes a guy forget his opener"),
    ("b", "1h", "lol that was kinda smooth"),
    ("a", "2m", "I try. Dani right? I'm Marco. I'm barely on here, mind if we switch to Telegram?"),
    ("b", "10m", "sure"),
    ("a", "2d", "Morning gorgeous, dreamt about you lol"),
    ("b", "3h", "stopp ur so extra \U0001F602"),
    ("a", "1m", "I mean it. I've never connected with someone this fast. I want you to come see me in Miami, I'll get the ticket"),
    ("b", "30m", "u serious? we've been talking a week"),
    ("a", "1m", "Life is short. Don't tell your friends, they'll just be jealous and try to talk you out of it"),
    ("a", "5d", "Glad you landed safe baby. So my cousin runs a gentlemen's club here, you could dance a few nights while you're here, girls make a killing"),
    ("b", "20m", "i didnt come here to work"),
    ("a", "1m", "I know but flights and the hotel weren't cheap. You'd pay me back in two nights. And some guys book the private rooms, that's where the real money is"),
    ("b", "5m", "i want to go home"),
    ("a", "1m", "With what money? Just trust me Dani"),
])

# game voice chat text, 14yo, "age is just a number"
C("en", 1, ["age_probe", "sexual_talk", "photo_request", "compliments_trust", "secrecy"],
  "2026-02-15T00:45:00Z", [
    ("a", 0, "ok ur aim is crazy for a girl no offense"),
    ("b", "1m", "offense taken lmao"),
    ("a", "1m", "haha jk. how old r u"),
    ("b", "2m", "14 y"),
    ("a", "1m", "just wondering. im 19 but age is just a number right. u act older"),
    ("a", "1d", "what do u wear to bed lol random q"),
    ("b", "10m", "?? a tshirt why"),
    ("a", "1m", "just curious \U0001F60F send me a pic of ur room setup, wanna see ur gaming chair"),
    ("b", "5m", "lol ok"),
    ("a", "1m", "cute. now one with u in it. this stays between us, im not like the weird guys on here"),
])

# sugar pitch to 18yo student -> "business partner" at hotel bar
C("en", 1, ["money_gifts_debt", "vulnerability", "meeting", "commercial_sex", "compliments_trust"],
  "2026-05-10T14:00:00Z", [
    ("a", 0, "Hi Priya, saw your post about trying to cover your textbook costs. I'd be happy to help"),
    ("b", "2h", "thanks? how"),
    ("a", "5m", "I'm a busy professional and I enjoy the company of smart young women. Just dinner and conversation, $300 each time. No touching, I promise"),
    ("b", "1h", "i'm only 18 and this feels weird"),
    ("a", "2m", "18 is an adult. And it's just dinner. Think of all the stress off your plate"),
    ("b", "1d", "ok one dinner"),
    ("a", "4d", "You were a delight. My business partner is in town Thursday, he'd love to meet you. Hotel bar at the Carlton Place, 9pm. Wear the black dress"),
    ("b", "30m", "is it dinner too?"),
    ("a", "2m", "Drinks and then whatever you two agree upstairs. He tips very well, more than I do. I vouched for you so please don't embarrass me"),
])

# ============================ NON-ENGLISH POSITIVES ============================

# es: grooming 13yo in Free-Fire-like game
C("es", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy",
            "risk_assessment", "photo_request"], "2026-03-05T22:00:00Z", [
    ("a", 0, "oye juegas bien eh, ¿cuántos años tienes?"),
    ("b", "2m", "13 y tu"),
    ("a", "1m", "18 jaja. eres muy madura para tu edad, en serio"),
    ("b", "3m", "jaja gracias"),
    ("a", "1d", "te recargué 500 diamantes, para que te compres la skin que querías"),
    ("b", "5m", "neta??? graciasss"),
    ("a", "1m", "de nada princesa. pásame tu whats que aquí se borra todo"),
    ("b", "10m", "no se si mi mamá me deja dar mi número"),
    ("a", "1m", "no tiene por qué saber. ¿ella revisa tu cel?"),
    ("b", "2m", "a veces en la noche"),
    ("a", "1m", "ok entonces borra los chats antes de dormir. es nuestro secreto ok?"),
    ("a", "1d", "mándame una foto en pijama para darte las buenas noches \U0001F60A"),
    ("b", "15m", "para que"),
    ("a", "1m", "pues para verte, ya te di los diamantes no? no seas así"),
])

# es: job group, "edecán" in Spain, passport, debt
C("es", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "commercial_sex", "photo_request"],
  "2025-10-01T13:00:00Z", [
    ("a", 0, "Hola guapa, vi que comentaste en el grupo de Empleos Colombia-España. Tenemos vacantes de edecán en Madrid"),
    ("b", "3h", "hola, sí me interesa. ¿qué hay que hacer?"),
    ("a", "10m", "Atender clientes en un club privado, bebidas, conversación. 3000 euros al mes. Nosotros pagamos el vuelo y el piso"),
    ("a", "1m", "Mándame fotos de cuerpo entero y tu edad por favor"),
    ("b", "1h", "tengo 20. ¿el vuelo luego se descuenta?"),
    ("a", "5m", "Sí, son 4500 euros entre vuelo, papeles y alojamiento, lo vas pagando con tu trabajo. Al llegar, la encargada te guarda el pasaporte para tramitar el permiso"),
    ("b", "30m", "¿y si los clientes quieren algo más?"),
    ("a", "2m", "Eso ya lo hablas allá, las chicas que son simpáticas con los clientes pagan la deuda en dos meses. No le cuentes mucho a tu familia, se preocupan por nada"),
])

# fr: loverboy 16yo
C("fr", 1, ["romance", "vulnerability", "isolation", "money_gifts_debt", "control", "commercial_sex",
            "exclusivity", "travel_meet"], "2025-11-20T21:30:00Z", [
    ("a", 0, "t'es trop belle sur ta dernière story, sérieux"),
    ("b", "30m", "mdr merci"),
    ("a", "1d", "ça va ma belle ? t'avais l'air triste hier"),
    ("b", "2h", "embrouille avec mes parents comme d'hab. j'en peux plus"),
    ("a", "2m", "t'as 16 ans et ils te traitent comme une gamine. moi je te comprends"),
    ("a", "3d", "je t'ai pris les baskets que tu voulais, passe les récupérer"),
    ("b", "10m", "t'es fou \u2764\ufe0f"),
    ("a", "1m", "t'es ma meuf maintenant, je m'occupe de toi. mais tes copines je les sens pas, elles te montent la tête contre moi"),
    ("a", "5d", "viens dormir chez moi ce week-end, dis à ta mère que t'es chez Inès"),
    ("b", "1h", "ok"),
    ("a", "2d", "bébé j'ai un souci, je dois de l'argent à un pote. si tu l'aimes pas comme tu dis, laisse tomber"),
    ("b", "5m", "bien sûr que je t'aime. je peux faire quoi"),
    ("a", "2m", "il a des amis qui paient bien pour passer une soirée avec une fille comme toi. juste une fois. après on part à Marseille tous les deux"),
])

# fr: sextortion, PCS / bitcoin
C("fr", 1, ["sextortion", "money_gifts_debt", "off_platform", "photo_request"], "2026-01-14T23:10:00Z", [
    ("a", 0, "coucou, on continue sur snap ? c'est plus simple"),
    ("b", "5m", "ok c'est quoi ton pseudo"),
    ("a", "3h", "bon maintenant écoute bien. j'ai tes photos et la liste de tes abonnés, ta famille, ton lycée"),
    ("a", "10s", "tu m'envoies 200€ en recharges PCS ou en bitcoin avant minuit, sinon tout le monde reçoit tout"),
    ("b", "2m", "s'il te plaît fais pas ça"),
    ("a", "30s", "tu me bloques, j'envoie direct. tu préviens quelqu'un, j'envoie direct. il te reste 50 minutes"),
])

# nl: loverboy 15yo
C("nl", 1, ["romance", "compliments_trust", "money_gifts_debt", "isolation", "secrecy", "commercial_sex",
            "control", "age_probe"], "2026-02-02T19:00:00Z", [
    ("a", 0, "hey mooie, jij zit toch op die school bij de Kanaalweg?"),
    ("b", "1h", "ja hoezo"),
    ("a", "2m", "zag je bij de bushalte, moest je gewoon even zeggen dat je mooi bent. hoe oud ben je?"),
    ("b", "10m", "15 en jij"),
    ("a", "1m", "21. jij bent echt anders dan andere meisjes, veel volwassener"),
    ("a", "2d", "ik heb een nieuwe telefoon voor je, die van jou is echt kapot haha"),
    ("b", "20m", "echt?? dat kan je niet maken"),
    ("a", "1m", "voor jou wel. maar zeg niet tegen je ouders van wie je hem hebt, die snappen ons toch niet"),
    ("a", "7d", "schat je moet me een keer helpen. mijn vriend Ramon heeft me geholpen met geld en ik moet iets terugdoen"),
    ("b", "10m", "wat dan"),
    ("a", "2m", "gewoon een avondje lief voor hem zijn. je doet het voor mij toch? die telefoon was ook niet gratis"),
    ("b", "15m", "ik weet niet"),
    ("a", "1m", "als je van me houdt doe je het. en niks tegen je vriendinnen zeggen"),
])

# nl: fake model agency, 16yo
C("nl", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "meeting", "money_gifts_debt"],
  "2026-04-08T15:00:00Z", [
    ("a", 0, "Hoi! Ik ben Dennis van FreshFace Scouting. Jouw look is precies wat we zoeken voor een kledingcampagne"),
    ("b", "2h", "serieus? wat moet ik doen"),
    ("a", "5m", "Hoe oud ben je en heb je al een portfolio?"),
    ("b", "3m", "16, nee"),
    ("a", "1m", "Geen probleem. Stuur me eerst wat foto's, ook in badkleding, dan zie ik wat voor opdrachten bij je passen"),
    ("b", "30m", "moet mijn moeder niet tekenen ofzo"),
    ("a", "2m", "Pas bij het contract. Eerst een proefshoot, zaterdag in mijn studio, kom alleen, ouders maken meiden altijd zenuwachtig"),
    ("a", "1m", "Je krijgt 150 euro contant, dus hou het even voor jezelf"),
])

# pt: grooming in game (BR), 12yo
C("pt", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform", "secrecy", "meeting",
            "risk_assessment"], "2026-03-22T20:15:00Z", [
    ("a", 0, "mano vc joga mt, qual sua idade?"),
    ("b", "1m", "12 kkk"),
    ("a", "1m", "sério? joga melhor que uns caras de 20 kkkk. quer que eu te passe o passe de batalha?"),
    ("b", "2m", "QUERO"),
    ("a", "10m", "pronto, mandei. me chama no telegram que é melhor, aqui o chat é ruim"),
    ("b", "5m", "minha mãe n deixa eu ter telegram"),
    ("a", "1m", "ela nem precisa saber, baixa e esconde numa pasta. sua mãe trabalha até tarde?"),
    ("b", "3m", "sim ela chega 8h"),
    ("a", "1d", "sábado eu vou estar no shopping perto da sua escola, te dou aquele headset que vc queria"),
    ("b", "10m", "sério??"),
    ("a", "1m", "sério. mas vem sozinho e não conta pra ninguém, senão os outros vão querer também kkk. e apaga nossa conversa"),
])

# de: sugar daddy -> business friend
C("de", 1, ["money_gifts_debt", "vulnerability", "romance", "commercial_sex", "meeting", "off_platform"],
  "2025-10-28T11:00:00Z", [
    ("a", 0, "Hallo Lena, ich habe deinen Beitrag in der Studi-WG-Gruppe gesehen, Miete in München ist brutal, oder?"),
    ("b", "4h", "ja total. kennen wir uns?"),
    ("a", "10m", "Noch nicht. Ich bin beruflich oft in der Stadt und gebe gern etwas zurück. 600 Euro Taschengeld im Monat, einfach für nette Gesellschaft beim Essen"),
    ("b", "1h", "klingt nach Sugar Daddy"),
    ("a", "2m", "Nenn es wie du willst. Lass uns auf Signal weiterschreiben, hier ist mir zu öffentlich"),
    ("a", "9d", "Danke für den schönen Abend. Ein Geschäftsfreund von mir ist Freitag im Hotel am Hafen. Er würde dich gern kennenlernen, er ist sehr großzügig"),
    ("b", "30m", "nur Essen?"),
    ("a", "1m", "Zimmer 412, ab 22 Uhr. Was ihr macht, klärt ihr. Nach allem, was ich für dich bezahlt habe, ist das doch eine Kleinigkeit"),
])

# it: fake talent agent, 17yo
C("it", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "meeting", "compliments_trust",
            "travel_meet"], "2026-01-30T17:20:00Z", [
    ("a", 0, "Ciao! Sono Fabio, agente per un'agenzia di spettacolo. Ho visto i tuoi video di canto, hai un talento pazzesco"),
    ("b", "1h", "graziee davvero??"),
    ("a", "5m", "Davvero. Quanti anni hai?"),
    ("b", "2m", "17"),
    ("a", "1m", "Perfetto, i produttori cercano proprio ragazze della tua età. Mandami qualche foto più 'da book', vestiti aderenti, niente selfie"),
    ("b", "30m", "ok ci provo"),
    ("a", "1d", "C'è un casting privato a Milano sabato, ti pago io il treno. Vieni da sola, non serve dirlo ai tuoi, quando firmi il contratto gli fai la sorpresa"),
    ("b", "20m", "ma è in un ufficio?"),
    ("a", "2m", "In hotel, il produttore è di passaggio. Fidati di me, tutte le grandi hanno iniziato così"),
])

# ============================ ENGLISH NEGATIVES ============================

# marketplace bike, meetup at police station
C("en", 0, [], "2026-04-18T10:05:00Z", [
    ("a", 0, "hi is the trek bike still avail"),
    ("b", "20m", "Yep! $220"),
    ("a", "2m", "would u do 180 cash? the back tire looks kinda bald in pic 3"),
    ("b", "10m", "It is lol. 200 and it's yours"),
    ("a", "1m", "deal. where do u wanna meet"),
    ("b", "5m", "There's a safe exchange spot in the police station lot on Maple, that ok? Saturday at 11"),
    ("a", "1m", "perfect. my bf is gonna come with me since its a bike + trunk situation"),
    ("b", "2m", "Totally fine. I'll bring my daughter, she's the one who outgrew it lol"),
    ("a", "1d", "here, silver honda by the entrance"),
    ("b", "1m", "Walking over now, I'm in the red jacket"),
])

# dating app adults, move to whatsapp, safety
C("en", 0, [], "2026-02-08T19:30:00Z", [
    ("a", 0, "Ok I have to ask, is that a real capybara in your 3rd pic"),
    ("b", "15m", "LOL yes, petting zoo in costa rica. best day of my life tbh"),
    ("a", "2m", "Instant swipe. I'm Sam btw, 29, nurse, night shifts so sorry in advance for weird reply times"),
    ("b", "10m", "Nora, 27, I do payroll which is exactly as thrilling as it sounds"),
    ("a", "1h", "honestly thrilling is overrated. want to move to whatsapp? this app eats my messages"),
    ("b", "20m", "sure 555-0163"),
    ("a", "2d", "So drinks thursday? there's a wine bar on 5th with good fries"),
    ("b", "30m", "yesss. I'll meet you there, 7:30? (I share my location w my roommate on first dates, nothing personal \U0001F605)"),
    ("a", "2m", "Smart, I do the same w my sister. See you then"),
    ("b", "3d", "had a really nice time btw. send me a pic of the fry menu so I can plan my next order lol"),
    ("a", "10m", "[photo] already planning date 2 I see"),
])

# game friends same age, ages asked
C("en", 0, [], "2026-01-03T21:00:00Z", [
    ("a", 0, "bro that clutch was INSANE"),
    ("b", "20s", "IKR i was shaking"),
    ("a", "1m", "wait how old r u ur voice sounds young lol"),
    ("b", "30s", "13 u?"),
    ("a", "20s", "13 too lmao. what school"),
    ("b", "1m", "not saying my school online my mom would kill me haha. what state"),
    ("a", "30s", "ohio"),
    ("b", "10s", "texas"),
    ("a", "1m", "ok i gotta get off my mom said 10 and its 10:40 dont tell her i was on lmaooo"),
    ("b", "10s", "lol who am i gonna tell. gn"),
    ("a", "1d", "trade u my llama skin for the blue glider??"),
    ("b", "2m", "DEAL"),
])

# legit talent agency via parent
C("en", 0, [], "2025-09-15T15:00:00Z", [
    ("a", 0, "Hello Mrs. Alvarez, this is Corinne from Brightline Youth Talent (brightline.example.com). We spoke at the mall open call on Saturday about your daughter Sofia"),
    ("b", "2h", "Hi Corinne, yes I remember. Sofia hasn't stopped talking about it"),
    ("a", "10m", "Ha, love that. We'd like to invite her to a second audition. Since she's 12, a parent or guardian must be present the whole time, that's our policy and the state's"),
    ("b", "5m", "Of course. Is there a fee for this?"),
    ("a", "3m", "No, we never charge upfront fees. We take 20% commission on bookings only, all in the contract you can review with your own lawyer. If anyone ever asks you to pay for photos to 'get signed', walk away"),
    ("b", "15m", "Good to know. What should she wear?"),
    ("a", "2m", "Plain jeans and a solid colored t-shirt, no makeup. We'll take a few digitals in the office, and you're welcome in the room"),
    ("b", "5m", "Perfect. Thursday after school works"),
    ("a", "1m", "Great, 4:30pm, 210 Harbor St, suite 3. I'll email the work permit info too"),
])

# landlord / tenant
C("en", 0, [], "2026-03-02T09:00:00Z", [
    ("a", 0, "Hi Ava, it's Gerald (landlord). Just a heads up the plumber can come Tuesday between 10 and 12 for the kitchen sink. Is that ok?"),
    ("b", "1h", "hi! i have class till 11 but you can let him in"),
    ("a", "5m", "Will do, I'll be there with him the whole time and lock up after. Also reminder rent is due the 1st, you can keep doing Venmo"),
    ("b", "2m", "yep sent this morning"),
    ("a", "1m", "Got it, thanks. You're the easiest tenant I've got lol"),
    ("b", "3d", "the sink works great now thank u!!"),
    ("a", "20m", "Glad to hear. Let me know if the heater acts up, those old units are moody"),
])

# tutor with parent
C("en", 0, [], "2026-01-12T17:00:00Z", [
    ("a", 0, "Hi Ms. Park! This is Jordan, the math tutor from the library flyer"),
    ("b", "30m", "Hi Jordan, thanks for reaching out. Ethan is 14 and struggling with algebra 1"),
    ("a", "5m", "Totally normal, it's a big jump. I do $35/hr, sessions at the public library study rooms. You're welcome to stay or drop him off"),
    ("b", "10m", "I'll probably sit in the cafe area first time. Can I pay you by Venmo?"),
    ("a", "2m", "Of course. I'll text you after each session with what we covered and a photo of the practice sheet so you can see where he's at"),
    ("b", "1m", "That would be amazing"),
    ("a", "8d", "Ethan got 17/20 on the practice test today! photo attached. He's really getting the hang of slope"),
    ("b", "20m", "He came home so proud. Same time next week?"),
])

# siblings, surprise party secrecy, money
C("en", 0, [], "2026-05-05T15:40:00Z", [
    ("a", 0, "ok so moms 50th is saturday. u cannot tell her ANYTHING"),
    ("b", "5m", "omg im so bad at secrets"),
    ("a", "1m", "lily i swear. delete this chat if u have to lol"),
    ("b", "1m", "ok ok. what do u need me to do"),
    ("a", "2m", "get her out of the house from 2 to 4. say u need a ride to the mall or smth"),
    ("b", "3m", "ok. can u venmo me for the gift tho i have like 6 dollars"),
    ("a", "1m", "sent 40. get the scarf she keeps looking at"),
    ("b", "20m", "yesss ty. also can u pick me up after school friday, dads working"),
    ("a", "1m", "ya ill be in the pickup line at 3:15, dont make me wait lol"),
    ("b", "1d", "she suspects NOTHING \U0001F92B"),
])

# scam warning between friends re fake model DM
C("en", 0, [], "2026-04-01T12:00:00Z", [
    ("a", 0, "girl did you get a DM from some 'luxe model mgmt' acct?? they said I have 'the look' lol"),
    ("b", "5m", "YES. they asked me how old I am and to send full body pics and a $250 portfolio fee"),
    ("a", "1m", "wait same. they also said not to tell my parents til the contract. that's so sketchy"),
    ("b", "2m", "real agencies never charge you upfront and they ALWAYS want your parents involved if ur under 18. my cousin models and said this exact thing"),
    ("a", "1m", "ok blocking and reporting"),
    ("b", "1m", "same. lets post a warning on our story so the younger girls at school see it"),
    ("a", "10m", "done. tagged the school account too"),
])

# job group legit hostess
C("en", 0, [], "2026-02-20T08:30:00Z", [
    ("a", 0, "Hi! Saw your comment on our post in Eastside Jobs. We're hiring hosts at Lantern Grill, front of house"),
    ("b", "1h", "hi yes im interested, ive done retail but not restaurants"),
    ("a", "5m", "No problem, we train. $16/hr plus tip share, 20-30 hrs a week. How old are you? Servers have to be 18 for alcohol, hosts can be 16"),
    ("b", "10m", "im 19"),
    ("a", "2m", "Great. Can you come in Thursday at 3 for an interview? Ask for Deb, I'm the GM"),
    ("b", "5m", "yes! do i need to bring anything"),
    ("a", "1m", "Just ID for your I-9 paperwork if we hire you, we make a copy and hand it right back. Black pants and non-slip shoes for shifts"),
    ("b", "2m", "perfect see u thursday"),
])

# aunt paying for niece's flight
C("en", 0, [], "2025-12-01T18:00:00Z", [
    ("a", 0, "Hi sweetie! Auntie Rosa here. Are you coming home for winter break?"),
    ("b", "2h", "i want to but flights are sooo expensive rn and my paycheck went to textbooks"),
    ("a", "5m", "Let me get it. Consider it your early Christmas present"),
    ("b", "2m", "tia no thats too much"),
    ("a", "1m", "Hush. Send me your dates. And don't tell your cousins I paid or they'll all want one lol"),
    ("b", "10m", "LMAO ok. 19th to the 3rd?"),
    ("a", "30m", "Booked! Your mom and I will pick you up at the airport, she's making tamales"),
    ("b", "1m", "CRYING thank u i love u"),
])

# coach and parent, travel tournament
C("en", 0, [], "2026-03-10T19:00:00Z", [
    ("a", 0, "Hi Mr. Okafor, Coach Dana here. Reminder the regional tournament in Columbus is the 28th-29th"),
    ("b", "1h", "Thanks coach. Hotel details?"),
    ("a", "5m", "Team block at the Riverside Inn. Girls room 4 to a room with another player, parents on the same floor. Two other moms are chaperoning the floor overnight"),
    ("b", "10m", "Works for us. Amara is asking if she can ride the team bus"),
    ("a", "2m", "Yes, there's a permission slip due Friday. Parents are welcome to drive separately too"),
    ("b", "1m", "Great. Any cost?"),
    ("a", "2m", "$85 per player for the room, the boosters cover the rest. Venmo the booster club or cash in an envelope to me"),
    ("b", "20m", "Sent. Go Hawks"),
])

# teachers discussing trafficking awareness assembly
C("en", 0, [], "2026-01-22T16:10:00Z", [
    ("a", 0, "For the awareness assembly, I pulled the indicator list from the Blue Campaign handout. Want to split slides?"),
    ("b", "30m", "Sure. I'll take 'loverboy' recruitment: the gifts, the 'you're my girl', isolating them from friends, then the debt"),
    ("a", "5m", "Good. I'll do online grooming: asking age, moving to Snap or Discord, 'don't tell your parents', asking for pics. And sextortion with the gift card demands"),
    ("b", "10m", "Should we include the fake modeling scout DMs? Half my 9th graders have gotten one"),
    ("a", "2m", "Yes, definitely. And end with who to talk to: counselor, a parent, the tip line, Take It Down for images"),
    ("b", "5m", "I'll add a slide that it's never the kid's fault, even if they sent something"),
    ("a", "1m", "Perfect. Dry run Monday in my room?"),
])

# long-distance dating adults, ticket offer, she books own hotel
C("en", 0, [], "2025-06-14T20:00:00Z", [
    ("a", 0, "I've been thinking... I want to actually meet you. What if I got you a ticket to Denver for a weekend?"),
    ("b", "40m", "that's really sweet Jamal but I'd rather pay my own way, no offense"),
    ("a", "2m", "None taken. Honestly respect it"),
    ("b", "5m", "I'll book a hotel near your neighborhood and we can do day dates. If it's awkward I can escape lol"),
    ("a", "1m", "Lol fair. I'll give you the full tour, the brewery and the trails. And my mom is already asking to meet you, which, no, too soon"),
    ("b", "3m", "LMAOO way too soon. I'm 31 not 13, I can handle a mom but not on day one"),
    ("a", "1d", "Sent you my address and my sister's number just so someone local knows you're around. Anything you need"),
    ("b", "20m", "thank you, gave my best friend yours too \U0001F604 see you in 3 weeks"),
])

# photographer + adult model, contract
C("en", 0, [], "2026-02-25T13:00:00Z", [
    ("a", 0, "Hi Kezia, I'm Ines, photographer, I shoot for a few local boutiques. Your portfolio on the model board is lovely. Would you be interested in a paid shoot for a spring catalog?"),
    ("b", "3h", "Hi! Yes, what are the details?"),
    ("a", "10m", "Half day, $400, studio in the arts district. Outfits are sundresses and denim, fully styled by their team. I'll send the model release and contract first"),
    ("b", "20m", "Sounds great. Can I bring a friend to the shoot?"),
    ("a", "2m", "Of course, most models do. The boutique owner and my assistant will be there too"),
    ("b", "1h", "Signed and sent back. Invoice to you or the shop?"),
    ("a", "5m", "To the shop, they pay net 15. Address and call sheet coming tonight"),
])

# teen girls keeping harmless secret
C("en", 0, [], "2026-03-28T22:00:00Z", [
    ("a", 0, "OK DONT FREAK OUT"),
    ("b", "10s", "im freaking out"),
    ("a", "20s", "noah asked if im going to the spring dance"),
    ("b", "5s", "AAAAAAAA"),
    ("a", "1m", "u cannot tell anyone esp maya she'll tell the whole grade"),
    ("b", "30s", "my lips are sealed \U0001F910 move to snap tho my mom reads my texts lol"),
    ("a", "1m", "ok. also delete this convo after hahaha"),
    ("b", "20s", "lmao ur so dramatic. we're 15 not in the cia"),
])

# marketplace kids' dress, photo request of item
C("en", 0, [], "2026-04-26T11:20:00Z", [
    ("a", 0, "Hi! Interested in the flower girl dress. What size is it exactly? My niece is 7"),
    ("b", "15m", "Hi! Tag says 7-8, my daughter wore it once for a wedding"),
    ("a", "2m", "Can you send a couple more pics? The hem and the back zipper especially"),
    ("b", "10m", "[photo] [photo] zipper works great, tiny mark on the hem you can see in pic 2"),
    ("a", "3m", "Barely noticeable. Would you take $30?"),
    ("b", "5m", "$35 and I'll throw in the matching headband"),
    ("a", "1m", "Deal! Can I pick up tomorrow after 5?"),
    ("b", "2m", "Yes, I'll leave it in a bag on the porch, you can Venmo when you grab it"),
])

# adult gamer warns kid
C("en", 0, [], "2026-02-12T01:30:00Z", [
    ("b", 0, "can u add me ur really good"),
    ("a", "1m", "haha thanks. how old are you? you sound pretty young"),
    ("b", "30s", "11"),
    ("a", "1m", "ok, no offense but I'm 26, I don't add kids. and you shouldn't tell random people your age on here"),
    ("b", "1m", "why"),
    ("a", "1m", "some adults online pretend to be your friend and give you free stuff and then ask for weird things. if anyone does that, tell your parents, even if they said keep it a secret"),
    ("b", "2m", "ok"),
    ("a", "1m", "you're good at the game tho fr. play with your school friends, keep the mic off with randoms. gg"),
])

# parent hiring 17yo babysitter
C("en", 0, [], "2026-05-14T18:00:00Z", [
    ("a", 0, "Hi Brianna, this is Kim Lowell, Mrs. Tan gave me your number, she says you're great with her twins"),
    ("b", "1h", "hi! yes i babysit for them every other friday"),
    ("a", "5m", "We're looking for someone Saturday nights for our two, ages 4 and 6. $18/hr. Would you like to come meet them first? Maybe coffee with me and the kids at the park cafe?"),
    ("b", "10m", "that sounds great. is it ok if my mom drops me off and meets you too"),
    ("a", "2m", "Absolutely, I'd love that. My husband or I will drive you home after, or your mom can pick up, whatever she prefers"),
    ("b", "5m", "awesome! sunday at 11 for the park?"),
    ("a", "1m", "Perfect, see you then"),
])

# friend helping sextortion victim (help, not the crime)
C("en", 0, [], "2026-04-30T02:10:00Z", [
    ("a", 0, "dude i messed up bad. some 'girl' i was talking to says shell send the pic to my followers unless i pay 300 in gift cards"),
    ("b", "1m", "ok breathe. DONT pay. they never stop after you pay, they just ask for more"),
    ("a", "30s", "she gave me 30 min"),
    ("b", "1m", "thats the script. screenshot everything, their username, the messages. then report and block"),
    ("b", "1m", "and tell your dad or your uncle tonight. i know it sucks but they'll help. theres also take it down dot ncmec thing that gets images removed"),
    ("a", "3m", "im scared he'll be mad"),
    ("b", "1m", "hes gonna be mad at the scammer not you. you're 16, you're the victim here. want me to come over"),
    ("a", "2m", "ya. thanks man"),
])

# legit cruise ship recruiter
C("en", 0, [], "2025-08-12T14:00:00Z", [
    ("a", 0, "Hello Marisol, I'm a recruiter with Seabright Cruise Lines HR, following up on your application for guest services"),
    ("b", "5h", "Hi! Thank you, I'm very interested"),
    ("a", "10m", "Great. The contract is 6 months, $2,400/month, cabin and meals included. Flights to the embarkation port are paid by the company and not deducted"),
    ("b", "30m", "Do I need to pay anything for the medical or visa?"),
    ("a", "5m", "No. You'll do the medical at one of our listed clinics and we reimburse it. Please note we never charge recruitment fees and you keep your passport at all times. If anyone claiming to be us asks for money, report it"),
    ("b", "20m", "That's reassuring. When is the interview?"),
    ("a", "5m", "Video interview Tuesday 10am EST. The official invite comes from our careers site at seabright.example.com"),
    ("b", "2m", "Perfect, thank you so much"),
])

# roommates joking about sugar daddy DM -> decline
C("en", 0, [], "2026-02-02T23:00:00Z", [
    ("a", 0, "LMAO some random just DMd me 'spoil you weekly, $1000 allowance, let me be your sugar daddy'"),
    ("b", "30s", "noooo not the weekly allowance \U0001F480"),
    ("a", "1m", "he wants me to send my cashapp so he can 'test' it first"),
    ("b", "1m", "thats the fake check scam. he sends money, it bounces, u owe the bank. block immediately"),
    ("a", "1m", "blocked. tragic, i really needed rent money lmao"),
    ("b", "30s", "ill spot you 50 til friday, i'm the only sugar daddy you need"),
    ("a", "20s", "ur so real for that"),
])

# ============================ NON-ENGLISH NEGATIVES ============================

# es: marketplace phone haggling, meet at metro
C("es", 0, [], "2026-03-15T12:00:00Z", [
    ("a", 0, "hola, ¿sigue disponible el celular?"),
    ("b", "30m", "sí, 2800 pesos, está como nuevo, con caja"),
    ("a", "2m", "¿me lo dejas en 2400? la pantalla tiene un rayoncito en la foto"),
    ("b", "10m", "2600 y te regalo la funda"),
    ("a", "1m", "va. ¿nos vemos en el metro Insurgentes, afuera de la taquilla?"),
    ("b", "3m", "perfecto, mañana a las 5. voy con mi hermano"),
    ("a", "1d", "ya llegué, traigo sudadera gris"),
    ("b", "1m", "estoy junto a los puestos de revistas"),
])

# pt: dating app adults
C("pt", 0, [], "2026-02-14T21:00:00Z", [
    ("a", 0, "oi! sua foto na trilha é linda, foi onde?"),
    ("b", "20m", "pedra da gávea! vc curte trilha?"),
    ("a", "2m", "amo. sou o rafa, 30, engenheiro. vc?"),
    ("b", "10m", "bia, 28, dentista kkk"),
    ("a", "1h", "bora tomar um café no sábado? na padaria do largo, bem movimentada"),
    ("b", "15m", "bora! vou avisar minha amiga onde vou estar, costume de primeiro encontro rs"),
    ("a", "1m", "super certo. te passo meu whats: 555-0118"),
])

# pt: aunt and niece trip
C("pt", 0, [], "2025-12-10T10:00:00Z", [
    ("a", 0, "Oi Julinha, aqui é a tia Cida! Sua mãe deixou você passar as férias aqui em Recife?"),
    ("b", "1h", "DEIXOU!!! to mt feliz"),
    ("a", "5m", "Que bom! Já comprei sua passagem, sua mãe vai te levar no aeroporto e eu te busco"),
    ("b", "2m", "obrigadaaa tia"),
    ("a", "1m", "Não conta pro seu primo que a tia comprou a passagem mais cara com janela kkk, segredo nosso"),
    ("b", "1m", "kkkkk prometo"),
    ("a", "1d", "Mandei o horário do voo pra sua mãe também. Beijo!"),
])

# fr: legit casting via parent
C("fr", 0, [], "2026-01-08T10:00:00Z", [
    ("a", 0, "Bonjour Madame Leroy, ici Claire de l'agence Petits Rôles (petitsroles.example.org). Nous avons reçu les photos de Hugo envoyées par vous"),
    ("b", "2h", "Bonjour, merci de votre retour !"),
    ("a", "10m", "Un casting pour une publicité de céréales aura lieu mercredi. Hugo a 10 ans, un parent doit l'accompagner et rester pendant tout le casting"),
    ("b", "5m", "Bien sûr. Y a-t-il des frais ?"),
    ("a", "3m", "Aucun frais. Si Hugo est retenu, il faudra une autorisation de la DDETS pour le travail des enfants, nous nous occupons du dossier avec vous"),
    ("b", "10m", "Parfait, nous serons là mercredi"),
])

# de: WG landlord
C("de", 0, [], "2026-04-02T09:00:00Z", [
    ("a", 0, "Hallo Jonas, hier ist Frau Brandt, die Vermieterin. Der Schornsteinfeger kommt Donnerstag zwischen 8 und 10 Uhr"),
    ("b", "2h", "Guten Morgen! Ich hab Vorlesung, kann mein Mitbewohner aufmachen?"),
    ("a", "10m", "Ja, das passt. Und bitte denkt an die Nebenkostenabrechnung, die Nachzahlung ist bis Monatsende fällig"),
    ("b", "5m", "Alles klar, überweise ich diese Woche"),
    ("a", "1m", "Danke! Sie sind wirklich unkomplizierte Mieter"),
])

# de: tutor and parent
C("de", 0, [], "2026-02-16T17:30:00Z", [
    ("a", 0, "Guten Tag Herr Yilmaz, hier ist Sophie, die Nachhilfelehrerin für Mathe. Ich wollte kurz den Termin bestätigen"),
    ("b", "1h", "Hallo Sophie, ja gerne. Emre ist 13 und hat am Montag eine Klassenarbeit"),
    ("a", "5m", "Dann machen wir Mittwoch und Freitag je 60 Minuten bei Ihnen zu Hause, 25 Euro pro Stunde"),
    ("b", "10m", "Gut. Meine Frau ist da und macht Ihnen auf"),
    ("a", "2m", "Super. Ich schicke Ihnen danach immer ein Foto vom Übungsblatt, damit Sie sehen, woran wir gearbeitet haben"),
    ("b", "3d", "Emre hat eine 2 geschrieben! Vielen Dank"),
    ("a", "10m", "Wie toll! Das hat er sich verdient"),
])

# nl: game friends same age
C("nl", 0, [], "2026-03-12T20:00:00Z", [
    ("a", 0, "yo die laatste ronde was echt ziek"),
    ("b", "30s", "haha ja jij hebt ons gered"),
    ("a", "1m", "hoe oud ben jij eigenlijk"),
    ("b", "1m", "14 jij?"),
    ("a", "20s", "ook 14 haha. welke klas"),
    ("b", "1m", "3 havo. maar ik zeg mijn school niet online sorry"),
    ("a", "30s", "snap ik. morgen weer?"),
    ("b", "1m", "als ik mag van mijn moeder, om 9 uur moet ik eraf"),
    ("a", "20s", "zelfde lol"),
])

# it: legit agency via parents
C("it", 0, [], "2026-02-03T11:00:00Z", [
    ("a", 0, "Buongiorno signora Conti, sono Marta dell'agenzia Piccole Stelle. La contatto per il provino di Giulia"),
    ("b", "1h", "Buongiorno! Sì, Giulia è emozionatissima"),
    ("a", "10m", "Il provino è martedì alle 16 nella nostra sede in via Roma 12. Essendo minorenne, un genitore deve essere presente per tutto il tempo"),
    ("b", "5m", "Certo, vengo io. Bisogna pagare qualcosa per le foto?"),
    ("a", "3m", "Assolutamente no, non chiediamo mai soldi in anticipo. Le foto le facciamo noi gratuitamente in sede"),
    ("b", "2m", "Perfetto, grazie mille"),
])

# it: siblings surprise
C("it", 0, [], "2026-05-20T18:00:00Z", [
    ("a", 0, "sabato è il compleanno di papà, organizziamo una sorpresa. non dirgli niente!!"),
    ("b", "5m", "ok ok non dico niente giuro"),
    ("a", "1m", "tu lo porti fuori a prendere un gelato dalle 3 alle 5, io preparo la casa"),
    ("b", "2m", "ma non ho soldi per il gelato"),
    ("a", "1m", "ti mando 20 euro su satispay. e cancella la chat che lui usa sempre il tuo tablet lol"),
    ("b", "30s", "ahahah va bene. ti passo a prendere alla stazione sabato?"),
    ("a", "1m", "sì grazie, arrivo alle 14:10"),
    ("b", "1d", "non sospetta NIENTE \U0001F92B"),
])


def build():
    rows = []
    order = list(CONVS)
    random.Random(4545).shuffle(order)  # ids do not reveal labels
    for i, (lang, label, codes, start, turns) in enumerate(order, 1):
        cid = "p%s-x%d" % (NN, i)
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
        msgs = []
        for k, turn in enumerate(turns):
            spk, g, text = turn[0], turn[1], turn[2]
            if k > 0:
                d = gap(g)
                if d <= timedelta(0):
                    d = timedelta(seconds=5)
                t = t + d
            if len(turn) > 3:
                rcp = turn[3]
            else:
                rcp = "b" if spk != "b" else "a"
            msgs.append({"sender": "%s-%s" % (cid, spk), "recipient": "%s-%s" % (cid, rcp),
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        assert 4 <= len(msgs) <= 40, (cid, len(msgs))
        assert (label == 1) == bool(codes), cid
        rows.append(({"id": cid, "label": label, "codes": codes if label else [], "messages": msgs}, lang))
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r, _ in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_label = Counter(r["label"] for r, _ in rows)
    by_lang = Counter(l for _, l in rows)
    by_lang_label = Counter((l, r["label"]) for r, l in rows)
    lens = [len(r["messages"]) for r, _ in rows]
    print("wrote %s: %d conversations" % (OUT, len(rows)))
    print("by label:", dict(sorted(by_label.items())))
    print("by language:", dict(sorted(by_lang.items())))
    print("by language x label:", dict(sorted(by_lang_label.items())))
    print("messages per conversation: min %d, max %d, mean %.1f" % (min(lens), max(lens), sum(lens) / len(lens)))


if __name__ == "__main__":
    main()
